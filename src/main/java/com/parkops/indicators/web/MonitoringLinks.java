package com.parkops.indicators.web;

import com.parkops.indicators.GroupBy;
import org.springframework.web.util.UriComponentsBuilder;

/** Addresses built in Java for charts, whose clicks cannot use Thymeleaf's link expressions. */
final class MonitoringLinks {

    private MonitoringLinks() {}

    /** The drill-down of one group's figure of the filter's period. */
    static String drill(String contextPath, MonitoringFilter filter, String indicator, GroupBy groupBy, String group) {
        return UriComponentsBuilder.fromPath(contextPath + "/indicators/drill")
                .queryParam("year", filter.year())
                .queryParam("month", filter.month())
                .queryParam("indicator", indicator)
                .queryParam("groupBy", groupBy.key())
                .queryParam("group", group == null ? "" : group)
                .encode()
                .build()
                .toUriString();
    }
}
