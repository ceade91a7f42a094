package com.parkops.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.parkops.indicators.Basis;
import com.parkops.indicators.IndicatorImport;
import com.parkops.support.RegistryTestData;
import com.parkops.support.TestZones;
import java.io.InputStream;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The monitoring page in a real browser: charts are drawn, htmx swaps the summary when its
 * grouping changes and keeps that grouping when the period changes, and a click on a figure loads
 * the enterprises behind it in place.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestZones.class)
class MonitoringBrowserTests {

    private static final String SAMPLE = "/fixtures/sample-zone/";

    @LocalServerPort
    int port;

    @Autowired
    TestZones testZones;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndicatorImport imports;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        assumeTrue(Browser.available(), "system Chromium and ChromeDriver are installed (CI installs them)");
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void shouldSwitchGroupingPeriodAndDrillDownWithoutReloadingThePage() throws Exception {
        var zone = testZones.create();
        RegistryTestData registry = new RegistryTestData(jdbc);
        registry.load(zone.id(), SAMPLE + "enterprises.csv");
        registry.leadingChain(zone.id(), "循环经济");
        try (InputStream figures = getClass().getResourceAsStream(SAMPLE + "indicators_ytd.csv")) {
            imports.importFile(zone.id(), zone.staff(), Basis.YTD, "indicators_ytd.csv", figures);
        }
        browser.signIn(zone.staff(), TestZones.PASSWORD);
        browser.open("/indicators?year=2021&month=6");
        browser.waitFor(By.cssSelector("[data-chart] canvas"));
        assertThat(browser.driver().findElements(By.cssSelector("[data-chart] canvas")))
                .hasSizeGreaterThanOrEqualTo(3);
        // a marker that a full page load would wipe out
        script("window.notReloaded = true;");

        browser.find(By.cssSelector("#summary .tabs a:nth-child(2)")).click();
        browser.waitUntilText(By.cssSelector("#summary table"), "循环经济");
        assertThat(browser.currentPath()).contains("groupBy=chain");
        assertThat(browser.find(By.id("filter-groupBy")).getAttribute("value")).isEqualTo("chain");

        new Select(browser.find(By.id("month"))).selectByValue("12");
        browser.waitUntilText(By.cssSelector("#filters"), "2021年1–12月累计");
        browser.waitUntilText(By.cssSelector("#summary table"), "121,563.68");
        browser.waitFor(By.cssSelector("[data-chart] canvas"));

        browser.find(By.cssSelector("#summary table tbody tr td a")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#drill .drill-panel tr[data-credit-code]")));
        assertThat(browser.find(By.id("drill")).getText()).contains("1–12月累计");
        assertThat(script("return window.notReloaded;")).isEqualTo(true);
        browser.screenshot("monitoring");
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code);
    }
}
