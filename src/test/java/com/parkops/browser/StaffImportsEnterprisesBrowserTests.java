package com.parkops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.registry.EnterpriseQueries;
import com.parkops.shared.CreditCode;
import com.parkops.support.TestZones;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** A zone clerk uploads a file with a mistake, reads what is wrong, then uploads the corrected file. */
class StaffImportsEnterprisesBrowserTests extends BrowserTestSupport {

    private static final By OUTCOME = By.id("outcome");

    @Autowired
    EnterpriseQueries queries;

    @Test
    void shouldListTheRowErrorsOfARefusedFileAndCountTheEnterprisesOfAnAcceptedOne() throws Exception {
        var zone = testZones.create();
        String good = code("91360981E2E000001");
        String wrongCheck = FIRST_CODE.substring(0, 17) + (FIRST_CODE.endsWith("D") ? "E" : "D");
        Path broken = file(
                "企业名录.csv",
                "统一社会信用代码,企业名称,规模,用地面积\n" + good + ",丰城新材料有限公司,规上,12000\n" + wrongCheck + ",丰城校验位错误有限公司,规下,\n");
        browser.signIn(zone.staff(), TestZones.PASSWORD);
        browser.open("/registry/enterprises");
        browser.find(By.linkText("批量导入")).click();
        browser.waitUntilText(By.tagName("h1"), "导入");

        upload(broken);
        WebElement errors = browser.waitFor(By.cssSelector("#outcome .errors-table"));
        List<WebElement> rows = errors.findElements(By.cssSelector("tbody tr"));
        assertThat(rows)
                .singleElement()
                .satisfies(row -> assertThat(row.getText()).contains("3", "统一社会信用代码", wrongCheck, "校验位不正确"));
        assertThat(browser.find(OUTCOME).getText()).contains("未写入任何数据");
        assertThat(queries.find(zone.id(), good)).as("all or nothing").isEmpty();
        browser.screenshot("import-errors");

        Path corrected = file(
                "企业名录-改.csv",
                "creditCode,name,scale,landM2\n" + good + ",丰城新材料有限公司,规上,12000\n" + code("91360981E2E000002")
                        + ",丰城校验位正确有限公司,规下,\n");
        upload(corrected);
        browser.waitUntilText(OUTCOME, "新增 2 家，更新 0 家");
        assertThat(browser.find(By.cssSelector("#outcome .stats")).getText()).contains("2", "新增", "0", "更新");
        assertThat(browser.driver().findElements(By.cssSelector(".errors-table")))
                .isEmpty();
        assertThat(queries.find(zone.id(), good)).isPresent();
        assertThat(browser.find(By.cssSelector("progress[data-upload]")).isDisplayed())
                .as("the upload bar is gone once the answer is in")
                .isFalse();
        browser.screenshot("import-done");
    }

    private void upload(Path file) {
        WebElement input = browser.find(By.id("file"));
        input.clear();
        input.sendKeys(file.toAbsolutePath().toString());
        browser.find(By.cssSelector("main form button[type=submit]")).click();
    }

    private static String code(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }
}
