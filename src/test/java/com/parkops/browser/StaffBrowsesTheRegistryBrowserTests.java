package com.parkops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.registry.PatentKind;
import com.parkops.registry.QualificationData;
import com.parkops.registry.QualificationKind;
import com.parkops.support.TestZones;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A zone clerk finds enterprises in the list, narrows it with the filters and opens one. */
class StaffBrowsesTheRegistryBrowserTests extends BrowserTestSupport {

    private static final By COUNT = By.cssSelector("#results .toolbar .muted");
    private static final By ROWS = By.cssSelector("#results tbody tr");

    @Test
    void shouldNarrowTheListByChainAndSearchTextAndOpenAnEnterprise() throws Exception {
        var zone = sampleZone();
        commands.addQualification(
                zone.id(),
                "test",
                "91360981C4L8YBKBFP",
                new QualificationData(
                        QualificationKind.HIGH_TECH, null, "GR2024001", LocalDate.of(2024, 11, 1), null, null, null));
        browser.signIn(zone.staff(), TestZones.PASSWORD);

        browser.find(By.linkText("企业档案")).click();
        browser.waitUntilText(COUNT, "共 30 家企业");
        assertThat(browser.currentPath()).isEqualTo("/registry/enterprises");
        assertThat(rows()).hasSize(20);
        assertThat(cell(rows().get(0), 4)).contains("规上", "2019-02 起");
        browser.screenshot("registry-list");

        new Select(browser.find(By.id("chain"))).selectByVisibleText("循环经济");
        browser.waitUntilText(COUNT, "共 6 家企业");
        assertThat(rows()).hasSize(6).allSatisfy(row -> assertThat(cell(row, 3)).startsWith("循环经济"));
        assertThat(browser.currentPath()).contains("chain=");
        browser.screenshot("registry-list-chain");

        browser.find(By.id("q")).sendKeys("企业025");
        browser.waitUntilText(COUNT, "共 1 家企业");
        assertThat(rows())
                .singleElement()
                .satisfies(row -> assertThat(cell(row, 1)).isEqualTo("丰城测试企业025有限公司"));

        browser.find(By.linkText("丰城测试企业025有限公司")).click();
        browser.waitUntilText(By.tagName("h1"), "丰城测试企业025有限公司");
        assertThat(browser.currentPath()).isEqualTo("/registry/enterprises/91360981JWBDD0UQR9");
        assertThat(browser.find(By.cssSelector("dl.facts")).getText()).contains("91360981JWBDD0UQR9", "循环经济");
        assertThat(browser.pageText()).contains("变更记录", "导入新建");
    }

    @Test
    void shouldShowAnEnterpriseWithItsQualificationsPatentsAndHistory() throws Exception {
        var zone = sampleZone();
        commands.setLeadingChain(zone.id(), "test", "新能源新材料");
        commands.addQualification(
                zone.id(),
                "test",
                FIRST_CODE,
                new QualificationData(
                        QualificationKind.HIGH_TECH,
                        null,
                        "GR202436000123",
                        LocalDate.of(2024, 11, 1),
                        null,
                        null,
                        null));
        commands.setPatents(zone.id(), "test", FIRST_CODE, 2024, Map.of(PatentKind.INVENTION, 3, PatentKind.DESIGN, 1));
        browser.signIn(zone.staff(), TestZones.PASSWORD);

        browser.open("/registry/enterprises/" + FIRST_CODE);

        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo(FIRST_NAME);
        assertThat(browser.find(By.cssSelector("dl.facts")).getText())
                .contains(FIRST_CODE, "C4220", "新能源新材料", "首位产业", "规上", "7,299.00");
        assertThat(browser.pageText()).contains("高新技术企业", "GR202436000123", "2027-10-31", "新增资质", "更新专利");
        browser.screenshot("registry-detail");
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(ROWS);
    }

    private static String cell(WebElement row, int column) {
        return row.findElement(By.cssSelector("td:nth-child(" + column + ")")).getText();
    }
}
