package com.parkops.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.parkops.support.TestZones;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestZones.class)
class SignInBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestZones testZones;

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
    void shouldSignInInChineseAndSwitchToEnglish() {
        var zone = testZones.create();
        browser.open("/login");
        assertThat(browser.pageText()).contains("园区运营平台");
        browser.screenshot("login");

        browser.signIn(zone.staff(), TestZones.PASSWORD);
        assertThat(browser.find(By.cssSelector(".sidebar")).getText()).contains("企业档案");

        browser.find(By.linkText("English")).click();
        browser.waitUntilText(By.cssSelector(".sidebar"), "Enterprises");
        browser.screenshot("home-en");
        assertThat(browser.find(By.cssSelector(".topbar")).getText()).contains("Sign out");
    }

    @Test
    void shouldRefuseWrongPasswordWithAMessage() {
        var zone = testZones.create();
        browser.open("/login");
        browser.find(By.id("username")).sendKeys(zone.staff());
        browser.find(By.id("password")).sendKeys("not-the-password");
        browser.find(By.cssSelector("button[type=submit]")).click();
        assertThat(browser.waitFor(By.cssSelector(".flash-error")).getText()).contains("用户名或密码错误");
    }
}
