package com.parkops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.TestZones;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A user who reads English switches language on the enterprise list and keeps it. */
class RegistryInEnglishBrowserTests extends BrowserTestSupport {

    @Test
    void shouldShowTheRegistryListWithEnglishLabelsAfterSwitchingLanguage() throws Exception {
        var zone = sampleZone();
        browser.signIn(zone.staff(), TestZones.PASSWORD);
        browser.open("/registry/enterprises");
        browser.waitUntilText(By.tagName("h1"), "企业档案");

        browser.find(By.linkText("English")).click();

        browser.waitUntilText(By.tagName("h1"), "Enterprises");
        assertThat(browser.find(By.cssSelector("#results thead")).getText())
                .contains("Name", "Credit code", "Industry chain", "Scale", "Land (mu)", "Qualifications");
        assertThat(browser.find(By.cssSelector("form.registry-filters")).getText())
                .contains("Search", "Industry chain", "Scale", "Qualification");
        assertThat(browser.find(By.cssSelector("#results")).getText()).contains("30 enterprises", "Export to Excel");
        assertThat(browser.find(By.cssSelector("#results tbody")).getText())
                .contains("Below")
                .doesNotContain("规下");
        assertThat(browser.find(By.cssSelector(".sidebar")).getText()).contains("Enterprises", "Home");
        browser.screenshot("registry-list-en");

        browser.find(By.linkText(FIRST_NAME)).click();
        browser.waitUntilText(By.cssSelector("dl.facts"), "Credit code");
        assertThat(browser.pageText()).contains("Back to the list", "Change history");
        browser.screenshot("registry-detail-en");

        browser.open("/registry/import");
        browser.waitUntilText(By.tagName("h1"), "Import enterprises");
        browser.screenshot("import-en");
    }
}
