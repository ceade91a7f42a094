package com.parkops.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Small helpers for calling the API as a test user. */
public final class ApiCalls {

    private ApiCalls() {}

    public static String basic(String user) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + TestZones.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    public static MvcTestResult upload(MockMvcTester mvc, String uri, String user, String fileName, byte[] content) {
        return mvc.post()
                .uri(uri)
                .multipart()
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .header(HttpHeaders.AUTHORIZATION, basic(user))
                .exchange();
    }

    public static MvcTestResult get(MockMvcTester mvc, String uri, String user) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, basic(user)).exchange();
    }
}
