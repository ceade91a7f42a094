package com.parkops.appeals.web;

import com.parkops.appeals.Open311Requests.Receipt;
import com.parkops.appeals.Open311Requests.ServiceRequest;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Open311 response bodies, field by field in the order of the GeoReport v2 specification. */
final class Open311Bodies {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

    private Open311Bodies() {}

    static Map<String, Object> request(ServiceRequest r, ZoneId zone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service_request_id", r.serviceRequestId());
        body.put("status", r.open() ? "open" : "closed");
        body.put("status_notes", r.statusNotes());
        body.put("service_name", r.serviceName());
        body.put("service_code", r.serviceCode());
        body.put("description", r.description());
        body.put("agency_responsible", r.agencyResponsible());
        body.put("service_notice", null);
        body.put("requested_datetime", Open311Format.time(r.requested(), zone));
        body.put("updated_datetime", Open311Format.time(r.updated(), zone));
        body.put("expected_datetime", Open311Format.time(r.expected(), zone));
        body.put("address", r.address());
        body.put("address_id", r.addressId());
        body.put("zipcode", null);
        body.put("lat", r.lat());
        body.put("long", r.lon());
        body.put("media_url", r.mediaUrl());
        return body;
    }

    static Map<String, Object> receipt(Receipt receipt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service_request_id", receipt.serviceRequestId());
        body.put("token", receipt.token());
        body.put("service_notice", receipt.serviceNotice());
        body.put("account_id", receipt.accountId());
        return body;
    }

    static Map<String, Object> token(ServiceRequest request, String token) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service_request_id", request.serviceRequestId());
        body.put("token", token);
        return body;
    }

    static Map<String, Object> discovery(String changeset, String contact, String keyService, String url) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", SPECIFICATION);
        endpoint.put("url", url);
        endpoint.put("changeset", changeset);
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("changeset", changeset);
        body.put("contact", contact);
        body.put("key_service", keyService);
        body.put("endpoints", List.of(endpoint));
        return body;
    }

    static List<Map<String, Object>> errors(int code, List<String> descriptions) {
        return descriptions.stream()
                .map(description -> {
                    Map<String, Object> error = new LinkedHashMap<>();
                    error.put("code", code);
                    error.put("description", description);
                    return error;
                })
                .toList();
    }
}
