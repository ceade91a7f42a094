package com.parkops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.registry.EnterpriseQueries;
import com.parkops.support.TestZones;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/** An enterprise user reaches its own profile and nothing of another enterprise, even by address. */
class EnterpriseUserSeesOnlyItsOwnBrowserTests extends BrowserTestSupport {

    @Autowired
    EnterpriseQueries queries;

    @Test
    void shouldAnswerAnotherEnterprisesPageWithNotFoundAndShowTheOwnProfile() throws Exception {
        var zone = sampleZone();
        var own = queries.find(zone.id(), FIRST_CODE).orElseThrow();
        String user = testZones.enterpriseUser(zone, own.id());
        browser.signIn(user, TestZones.PASSWORD);

        browser.open("/registry/enterprises/" + SECOND_CODE);

        assertThat(status("/registry/enterprises/" + SECOND_CODE)).isEqualTo(404);
        assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).isNotBlank();
        assertThat(browser.pageText()).contains("页面不存在").doesNotContain(SECOND_NAME, SECOND_CODE, "食品医药");
        browser.screenshot("enterprise-user-other-404");

        browser.find(By.linkText("本企业档案")).click();
        browser.waitUntilText(By.tagName("h1"), FIRST_NAME);
        assertThat(browser.currentPath()).isEqualTo("/registry/my");
        assertThat(browser.find(By.cssSelector("dl.facts")).getText()).contains(FIRST_CODE, "新能源新材料");
        assertThat(browser.pageText()).doesNotContain(SECOND_NAME);
        browser.screenshot("enterprise-user-my");
    }

    /** The HTTP status of a page, asked from within the signed-in browser. */
    private long status(String path) {
        Object status = ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {headers: {'Accept': 'text/html'}}).then(r => done(r.status));",
                        path);
        return (Long) status;
    }
}
