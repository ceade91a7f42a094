package com.parkops.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.parkops.registry.EnterpriseCommands;
import com.parkops.support.TestZones;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A running application and a fresh headless Chromium per test. Each test makes its own zone
 * through {@link TestZones} and fills it through the registry's public commands, so the browser
 * sees only that test's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestZones.class)
abstract class BrowserTestSupport {

    /** The first and second rows of the sample file. */
    static final String FIRST_CODE = "91360981AY4CL12THD";

    static final String FIRST_NAME = "丰城测试企业000有限公司";
    static final String SECOND_CODE = "913609812J1K6FMHD8";
    static final String SECOND_NAME = "丰城测试企业001有限公司";

    @LocalServerPort
    int port;

    @Autowired
    TestZones testZones;

    @Autowired
    EnterpriseCommands commands;

    Browser browser;

    private final List<Path> files = new ArrayList<>();

    @BeforeEach
    void openBrowser() {
        assumeTrue(Browser.available(), "system Chromium and ChromeDriver are installed (CI installs them)");
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
    }

    /** A new zone holding the 30 enterprises of the sample file (chains 循环经济 6, 新能源新材料 6 …). */
    TestZones.TestZone sampleZone() throws IOException {
        var zone = testZones.create();
        try (InputStream sample = getClass().getResourceAsStream("/fixtures/sample-zone/enterprises.csv")) {
            commands.importFile(zone.id(), "test", sample);
        }
        return zone;
    }

    /** Writes a temporary file for an {@code <input type=file>}, deleted after the test. */
    Path file(String name, String content) throws IOException {
        Path folder = Files.createTempDirectory("parkops-upload");
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        files.add(file);
        files.add(folder);
        return file;
    }
}
