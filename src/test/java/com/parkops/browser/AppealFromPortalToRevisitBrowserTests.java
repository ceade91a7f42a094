package com.parkops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.registry.EnterpriseData;
import com.parkops.support.TestEnterprises;
import com.parkops.support.TestZones;
import com.parkops.zone.Role;
import com.parkops.zone.Users;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole path of an appeal through the pages: an enterprise raises it on the portal and finds
 * it in its list; the service centre dispatches it; the department acknowledges, starts, notes
 * progress and replies; the service centre revisits (满意) and closes it; the enterprise sees the
 * final state and the handling log (without the department's internal notes).
 */
class AppealFromPortalToRevisitBrowserTests extends BrowserTestSupport {

    private static final String TITLE = "厂区门前道路积水影响货车通行";
    private static final String NOTE = "已联系住建部门现场查看积水点";
    private static final String REPLY = "排水管网已疏通，积水问题已解决";

    @Autowired
    Users users;

    @Test
    void shouldCarryAnAppealFromThePortalThroughHandlingToTheRevisit() {
        var zone = testZones.create();
        UUID centreDepartment =
                users.createDepartment(zone.id(), "企业服务中心", "服务中心", "test").id();
        String centre = "centre-" + zone.suffix();
        users.create(
                new Users.NewUser(zone.id(), centre, centre, TestZones.PASSWORD, Role.STAFF, centreDepartment, null),
                "test");
        var enterprise =
                commands.create(zone.id(), "test", EnterpriseData.of(TestEnterprises.newCreditCode(), "丙精密机械有限公司"));
        String clerk = testZones.enterpriseUser(zone, enterprise.id());
        String department = "经发局 " + zone.suffix();

        // the enterprise raises the appeal on the portal
        browser.signIn(clerk, TestZones.PASSWORD);
        browser.find(By.linkText("我的诉求")).click();
        browser.waitUntilText(By.tagName("h1"), "我的诉求");
        browser.find(By.linkText("提出诉求")).click();
        browser.waitFor(By.id("appeal-form"));
        new Select(browser.find(By.id("type"))).selectByVisibleText("求助");
        new Select(browser.find(By.id("categoryId"))).selectByVisibleText("水电气");
        browser.find(By.id("title")).sendKeys(TITLE);
        browser.find(By.id("content")).sendKeys("每逢下雨厂区门前积水半米，货车无法进出，请协调疏通排水。");
        browser.find(By.id("contactName")).sendKeys("王经理");
        browser.find(By.id("contactPhone")).sendKeys("13800000000");
        browser.find(By.cssSelector("#appeal-form button[type=submit]")).click();
        browser.waitUntilText(By.cssSelector(".flash-ok"), "诉求已提交，编号 SQ");
        String appealPath = browser.currentPath();
        assertThat(appealPath).matches("/appeals/[0-9a-f-]{36}");
        String caseNumber = browser.find(By.tagName("h1")).getText().split(" ")[0];
        assertState("已受理待派单");

        browser.find(By.linkText("我的诉求")).click();
        browser.waitUntilText(By.cssSelector(".appeals-table"), TITLE);
        assertThat(row(caseNumber).getText()).contains(TITLE, "求助", "水电气", "已受理待派单");
        browser.screenshot("appeal-flow-1-enterprise-list");

        // the service centre dispatches it to the department
        switchTo(centre);
        browser.open("/appeals");
        browser.waitUntilText(By.cssSelector(".appeals-table"), caseNumber);
        row(caseNumber).findElement(By.linkText(caseNumber)).click();
        browser.waitUntilText(By.tagName("h1"), caseNumber);
        new Select(browser.find(By.id("dispatch-department"))).selectByVisibleText(department);
        act("dispatch", "已派单");
        assertState("已派单待签收");
        assertThat(facts()).contains(department);

        // the department acknowledges, starts, notes its progress and replies
        switchTo(zone.staff());
        browser.open("/appeals");
        browser.waitUntilText(By.cssSelector(".appeals-table"), caseNumber);
        assertThat(row(caseNumber).getText()).contains("已派单待签收");
        row(caseNumber).findElement(By.linkText(caseNumber)).click();
        browser.waitUntilText(By.tagName("h1"), caseNumber);
        act("acknowledge", "已签收");
        assertState("已签收");
        act("start", "已开始办理");
        assertState("办理中");
        browser.find(By.id("note-text")).sendKeys(NOTE);
        act("note", "已记录");
        browser.waitUntilText(By.cssSelector(".timeline"), NOTE);
        browser.find(By.id("reply-text")).sendKeys(REPLY);
        assertThat(browser.find(By.cssSelector("input[name=resolved][value=true]"))
                        .isSelected())
                .isTrue();
        act("reply", "已回复企业");
        assertState("已回复待回访");
        assertThat(browser.driver().findElements(By.cssSelector("form[action$='/actions/reply']")))
                .isEmpty();
        browser.screenshot("appeal-flow-2-replied");

        // the service centre calls the enterprise back and closes the case
        switchTo(centre);
        browser.open(appealPath);
        browser.waitUntilText(By.tagName("h1"), caseNumber);
        new Select(browser.find(By.id("revisit-satisfaction"))).selectByVisibleText("满意");
        browser.find(By.cssSelector("form[action$='/actions/revisit'] input[name=text]"))
                .sendKeys("电话回访，企业表示满意");
        act("revisit", "回访已记录");
        assertState("已回访");
        assertThat(facts()).contains("满意");
        assertThat(new Select(browser.find(By.id("close-resolved")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("已办结（已解决）");
        act("close", "已办结");
        assertState("已办结（已解决）");

        // the enterprise sees the outcome and how it was handled
        switchTo(clerk);
        browser.find(By.linkText("我的诉求")).click();
        browser.waitUntilText(By.cssSelector(".appeals-table"), caseNumber);
        assertThat(row(caseNumber).getText()).contains("已办结（已解决）");
        row(caseNumber).findElement(By.linkText(caseNumber)).click();
        browser.waitUntilText(By.tagName("h1"), caseNumber);
        assertState("已办结（已解决）");
        String timeline = browser.find(By.cssSelector(".timeline")).getText();
        assertThat(timeline)
                .contains("受理", "派单", "派往：" + department, "签收", "开始办理")
                .contains("回复企业", REPLY, "已解决", "回访", "满意", "办结")
                // the department's own progress notes are internal
                .doesNotContain(NOTE);
        assertThat(timeline.indexOf("受理")).isLessThan(timeline.indexOf("办结"));
        assertThat(facts()).contains("满意", department);
        assertThat(browser.driver().findElements(By.cssSelector(".action-forms form")))
                .isEmpty();
        browser.screenshot("appeal-flow-3-enterprise-closed");
    }

    /** Submits the action's form and waits for the page after the redirect to say it was done. */
    private void act(String action, String flash) {
        WebElement button = browser.find(By.cssSelector("form[action$='/actions/" + action + "'] button[type=submit]"));
        button.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(button));
        browser.waitUntilText(By.cssSelector(".flash-ok"), flash);
    }

    private void assertState(String state) {
        assertThat(browser.find(By.cssSelector(".toolbar .badge")).getText()).isEqualTo(state);
    }

    private String facts() {
        return browser.find(By.cssSelector("dl.facts")).getText();
    }

    private WebElement row(String caseNumber) {
        return browser.find(
                By.xpath("//table[contains(@class,'appeals-table')]//tr[td//a[text()='" + caseNumber + "']]"));
    }

    /** Signs the current user out through the top bar and the next one in. */
    private void switchTo(String username) {
        WebElement signOut = browser.find(By.cssSelector(".topbar form[action$='/logout'] button"));
        signOut.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(signOut));
        browser.signIn(username, TestZones.PASSWORD);
    }
}
