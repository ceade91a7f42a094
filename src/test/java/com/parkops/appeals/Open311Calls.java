package com.parkops.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Calls to the Open311 endpoints as an outside client makes them: no session, no CSRF token. */
record Open311Calls(MockMvcTester mvc, String zoneCode, String apiKey) {

    static final String BASE = "/open311/v2/";

    /** Issues a key through the administrator API. */
    static Open311Calls issue(MockMvcTester mvc, AppealsFixture f, String name) {
        MvcTestResult issued = AppealsFixture.post(
                mvc, "/api/v1/appeals/open311-keys", f.zone().admin(), Map.of("name", name));
        assertThat(issued).hasStatus(201);
        String key = JsonPath.read(AppealsFixture.body(issued), "$.apiKey");
        return new Open311Calls(mvc, "z-" + f.zone().suffix(), key);
    }

    MvcTestResult get(String path, String... params) {
        MockMvcRequestBuilder request = mvc.get().uri(BASE + path);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    /** GET with this client's key. */
    MvcTestResult read(String path, String... params) {
        String[] all = new String[params.length + 2];
        all[0] = "api_key";
        all[1] = apiKey;
        System.arraycopy(params, 0, all, 2, params.length);
        return get(path, all);
    }

    /** POST requests.{format}, form-encoded, with this client's key unless the params name one. */
    MvcTestResult post(String format, Map<String, String> params) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("api_key", apiKey);
        all.putAll(params);
        MockMvcRequestBuilder request =
                mvc.post().uri(BASE + "requests." + format).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (Map.Entry<String, String> param : all.entrySet()) {
            if (param.getValue() != null) {
                request = request.param(param.getKey(), param.getValue());
            }
        }
        return request.exchange();
    }

    /** A valid request to service {@code code}, as a map to change. */
    static Map<String, String> request(String code, String description) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("service_code", code);
        params.put("lat", "28.68202");
        params.put("long", "115.85794");
        params.put("address_string", "高新大道 999 号");
        params.put("description", description);
        params.put("attribute[type]", "HELP");
        params.put("attribute[enterprise_name]", "丙物流有限公司");
        params.put("first_name", "三");
        params.put("last_name", "张");
        params.put("phone", "13800000000");
        return params;
    }
}
