package com.parkops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.evaluation.EvaluationSchemes;
import com.parkops.support.TestZones;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A zone clerk copies a preset into a scheme of the zone, gets a weight wrong, sees where, puts
 * it right and saves, all in the structured form without any JSON.
 */
class StaffEditsAnEvaluationSchemeBrowserTests extends BrowserTestSupport {

    private static final By SAVE = By.cssSelector(".actions .btn-primary");

    @Autowired
    EvaluationSchemes schemes;

    @Test
    void shouldCopyAPresetSeeTheWrongWeightFixItAndSave() {
        var zone = testZones.create();
        browser.signIn(zone.staff(), TestZones.PASSWORD);

        browser.open("/evaluation/schemes");
        WebElement card = browser.waitFor(By.id("preset-linhai-2014"));
        assertThat(card.getText()).contains("临海 2014", "规上：6 项指标，比值法");
        card.findElement(By.cssSelector(".scheme-more summary")).click();
        assertThat(card.getText()).contains("亩均税收", "15 万元/亩", "单项封顶：权重的 2 倍");
        card.findElement(By.xpath(".//summary[normalize-space()='复制']")).click();
        WebElement year = card.findElement(By.name("year"));
        year.clear();
        year.sendKeys("2025");
        WebElement name = card.findElement(By.name("name"));
        name.clear();
        name.sendKeys("园区 2025");
        browser.screenshot("schemes-list-copy");
        card.findElement(By.xpath(".//button[normalize-space()='复制并编辑']")).click();

        browser.waitUntilText(By.tagName("h2"), "复制为本园区方案");
        assertThat(browser.pageText()).contains("复制自“临海 2014”").doesNotContain("{\"");
        assertThat(rows(1)).hasSize(2);
        browser.find(By.xpath("//section[@id='pool-1']//button[normalize-space()='添加指标']"))
                .click();
        browser.waitUntilText(By.tagName("h2"), "复制为本园区方案");
        assertThat(rows(1)).hasSize(3);
        browser.find(By.xpath("//section[@id='pool-1']//tbody/tr[3]//button[normalize-space()='删除']"))
                .click();
        browser.waitUntilText(By.tagName("h2"), "复制为本园区方案");
        assertThat(rows(1)).hasSize(2);

        type(By.id("pools0.indicators0.weight"), "45");
        browser.waitUntilText(By.cssSelector("[id='pools0.indicators'] [data-weight-sum]"), "105");
        browser.find(SAVE).click();

        browser.waitFor(By.id("scheme-errors"));
        assertThat(browser.find(By.id("scheme-errors")).getText())
                .contains("方案未保存", "评价分组 1“规上” · 指标权重：各指标权重之和须为 100，当前为 105");
        assertThat(browser.find(By.id("pools0.indicators")).getText()).contains("各指标权重之和须为 100，当前为 105");
        assertThat(browser.find(By.id("pools0.indicators0.weight")).getAttribute("value"))
                .isEqualTo("45");
        browser.screenshot("schemes-form-error");
        assertThat(schemes.list(zone.id())).isEmpty();

        type(By.id("pools0.indicators0.weight"), "40");
        browser.waitUntilText(By.cssSelector("[id='pools0.indicators'] [data-weight-sum]"), "100");
        browser.find(SAVE).click();

        browser.waitUntilText(By.cssSelector(".flash-ok"), "已保存方案“园区 2025”（2025 年度）");
        List<EvaluationSchemes.StoredScheme> stored = schemes.list(zone.id());
        assertThat(stored).singleElement().satisfies(scheme -> {
            assertThat(scheme.year()).isEqualTo(2025);
            assertThat(scheme.basedOn()).isEqualTo("preset:linhai-2014");
            assertThat(scheme.scheme().pools().get(0).indicators().get(0).weight())
                    .isEqualByComparingTo("40");
        });
        WebElement saved = browser.find(By.id("scheme-" + stored.get(0).id()));
        assertThat(saved.getText()).contains("园区 2025", "2025 年度", "复制自：临海 2014", "亩均税收");
        browser.screenshot("schemes-list-saved");
    }

    private List<WebElement> rows(int pool) {
        return browser.driver()
                .findElements(By.xpath("//section[@id='pool-" + pool + "']//div[@data-pool-indicators]//tbody/tr"));
    }

    private void type(By field, String text) {
        WebElement input = browser.find(field);
        input.clear();
        input.sendKeys(text);
    }
}
