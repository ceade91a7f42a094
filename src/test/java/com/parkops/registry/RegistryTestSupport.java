package com.parkops.registry;

import com.parkops.support.TestZones;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.mock.web.MockMultipartFile;

/** Shared bits of the registry tests: credentials, the sample file and upload parts. */
final class RegistryTestSupport {

    /** Valid codes from the sample zone. */
    static final String FIRST_SAMPLE = "91360981AY4CL12THD";

    static final String SECOND_SAMPLE = "913609812J1K6FMHD8";

    private RegistryTestSupport() {}

    static String basic(String user) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + TestZones.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sampleEnterprises() throws IOException {
        try (InputStream in = RegistryTestSupport.class.getResourceAsStream("/fixtures/sample-zone/enterprises.csv")) {
            return in.readAllBytes();
        }
    }

    static MockMultipartFile csv(String content) {
        return csv(content.getBytes(StandardCharsets.UTF_8));
    }

    static MockMultipartFile csv(byte[] content) {
        return new MockMultipartFile("file", "enterprises.csv", "text/csv", content);
    }

    static MockMultipartFile xlsx(byte[] content) {
        return new MockMultipartFile(
                "file",
                "enterprises.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                content);
    }

    /** A valid credit code built from a 17-character prefix. */
    static String code(String first17) {
        return first17 + com.parkops.shared.CreditCode.checkCharacter(first17);
    }
}
