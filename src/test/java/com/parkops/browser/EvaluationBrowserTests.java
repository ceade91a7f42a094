package com.parkops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.indicators.Basis;
import com.parkops.indicators.IndicatorImport;
import com.parkops.support.RegistryTestData;
import com.parkops.support.TestZones;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A clerk scores the sample zone's year with a preset, publishes the draft, narrows the results
 * to one grade without reloading the page, and opens an enterprise's result.
 */
class EvaluationBrowserTests extends BrowserTestSupport {

    private static final String SAMPLE = "/fixtures/sample-zone/";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndicatorImport imports;

    @Test
    void shouldScorePublishFilterAndOpenAnEnterprise() throws Exception {
        var zone = testZones.create();
        RegistryTestData registry = new RegistryTestData(jdbc);
        registry.load(zone.id(), SAMPLE + "enterprises.csv");
        try (InputStream figures = getClass().getResourceAsStream(SAMPLE + "indicators_ytd.csv")) {
            imports.importFile(zone.id(), zone.staff(), Basis.YTD, "indicators_ytd.csv", figures);
        }
        browser.signIn(zone.staff(), TestZones.PASSWORD);

        browser.open("/evaluation");
        WebElement year = browser.waitFor(By.id("year"));
        year.clear();
        year.sendKeys("2021");
        new Select(browser.find(By.id("scheme"))).selectByVisibleText("临海 2014");
        browser.screenshot("evaluation-runs-form");
        browser.find(By.cssSelector("#new-run button[type=submit]")).click();

        browser.waitUntilText(By.tagName("h1"), "2021 年度亩均效益评价 · 临海 2014");
        assertThat(browser.find(By.cssSelector(".flash-ok")).getText()).contains("已生成 2021 年度评价草稿");
        assertThat(browser.find(By.cssSelector(".run-header")).getText()).contains("草稿");
        browser.waitFor(By.cssSelector(".eval-distribution [data-chart] canvas"));

        browser.find(By.id("publish")).click();
        wait(ExpectedConditions.alertIsPresent()).accept();
        browser.waitUntilText(By.cssSelector(".flash-ok"), "已公示");
        assertThat(browser.find(By.cssSelector(".run-header")).getText()).contains("公示中");
        assertThat(browser.driver().findElements(By.id("publish"))).isEmpty();

        int all = rows().size();
        script("window.notReloaded = true;");
        new Select(browser.find(By.id("grade"))).selectByValue("A");
        wait(driver -> {
            List<WebElement> rows = rows();
            return !rows.isEmpty()
                    && rows.size() < all
                    && rows.stream().allMatch(r -> "A".equals(r.getAttribute("data-grade")));
        });
        assertThat(browser.currentPath()).contains("grade=A");
        assertThat(script("return window.notReloaded;")).isEqualTo(true);
        browser.screenshot("evaluation-run-results");

        WebElement first = rows().get(0);
        String code = first.getAttribute("data-credit-code");
        first.findElement(By.cssSelector("td a")).click();
        browser.waitFor(By.cssSelector(".breakdown-chart canvas"));
        assertThat(browser.currentPath()).endsWith("/enterprises/" + code);
        assertThat(browser.find(By.id("grade")).getText()).isEqualTo("A");
        assertThat(browser.find(By.cssSelector(".breakdown-table")).getText()).contains("亩均税收", "万元/亩");
        assertThat(browser.find(By.id("rank")).getText()).matches("\\d+ / \\d+");
        browser.screenshot("evaluation-enterprise-result");
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("#results tr[data-credit-code]"));
    }

    private <T> T wait(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(condition);
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code);
    }
}
