package com.parkops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.TestZones;
import com.parkops.zone.Role;
import com.parkops.zone.Users;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 6 done-means, through the pages: staff enter a project as a lead and move it stage by
 * stage to production; once signed it gets a node schedule from the default template; nodes whose
 * planned dates have passed show red; a dispatch meeting records a problem that becomes a
 * supervision order to another department, whose staff reply, and the issuing office closes it.
 * The project's dates lie more than a year back, so its first nodes are overdue on any day the
 * test runs (the schedule pages count "today" on the application clock, the pipeline on the
 * zone's calendar; both are the real date here).
 */
class ProjectFromLeadToProductionBrowserTests extends BrowserTestSupport {

    private static final String PROJECT = "智能传感器产业化项目";
    private static final String PROBLEM = "项目用电增容审批滞后，影响设备调试";
    private static final String REPLY = "已协调供电公司，增容方案本周批复";

    @Autowired
    Users users;

    @Test
    void shouldCarryAProjectFromLeadToProductionWithItsScheduleAndASupervisionOrder() {
        var zone = testZones.create();
        String powerOffice = "供电协调办 " + zone.suffix();
        UUID powerDepartment =
                users.createDepartment(zone.id(), powerOffice, "供电办", "test").id();
        String powerClerk = "power-" + zone.suffix();
        users.create(
                new Users.NewUser(
                        zone.id(), powerClerk, powerClerk, TestZones.PASSWORD, Role.STAFF, powerDepartment, null),
                "test");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        // staff enter the project as a lead
        browser.signIn(zone.staff(), TestZones.PASSWORD);
        browser.open("/investment/projects");
        browser.find(By.linkText("新增项目")).click();
        browser.waitFor(By.id("name")).sendKeys(PROJECT);
        browser.find(By.id("investor")).sendKeys("深圳市宏达科技有限公司");
        browser.find(By.id("amount")).sendKeys("60000");
        new Select(browser.find(By.id("stage"))).selectByVisibleText("线索");
        date(browser.find(By.id("stageOn")), today.minusDays(420));
        submit(By.cssSelector("form.card button[type=submit]"), "项目已录入");
        String investmentPath = browser.currentPath();
        assertThat(investmentPath).matches("/investment/projects/[0-9a-f-]{36}");
        UUID projectId = UUID.fromString(investmentPath.substring("/investment/projects/".length()));
        assertThat(reached()).containsExactly("线索");

        // negotiation and signing
        advance("洽谈", today.minusDays(410));
        advance("签约", today.minusDays(400));
        assertThat(reached()).containsExactly("线索", "洽谈", "签约");
        assertThat(browser.find(By.cssSelector(".inv-labels")).getText()).contains("5020");

        // the signed project gets its node schedule: the zone has no template yet, so apply the default
        browser.find(By.linkText("项目推进节点")).click();
        browser.waitFor(By.id("templateId"));
        assertThat(new Select(browser.find(By.id("templateId")))
                        .getFirstSelectedOption()
                        .getText())
                .contains("标准工业项目");
        assertThat(browser.find(By.id("signedOn")).getAttribute("value"))
                .isEqualTo(today.minusDays(400).toString());
        submit(By.cssSelector("form[action$='/schedule'] button[type=submit]"), "已生成节点计划");
        assertThat(browser.currentPath()).isEqualTo("/projects/" + projectId);
        WebElement firstNode = nodeRow("立项备案");
        assertThat(firstNode.getAttribute("class")).contains("row-red");
        assertThat(firstNode.findElement(By.cssSelector(".status")).getText()).isEqualTo("逾期");
        assertThat(firstNode.findElement(By.cssSelector(".status")).getAttribute("class"))
                .contains("status-red");
        assertThat(browser.find(By.cssSelector(".toolbar .status")).getText()).isEqualTo("逾期");
        browser.screenshot("project-flow-1-schedule-red");

        // the project goes on to production; the list shows it red until its nodes are done
        browser.open(investmentPath);
        browser.waitFor(By.id("advance-stage"));
        advance("注册", today.minusDays(390));
        advance("供地", today.minusDays(360));
        advance("开工", today.minusDays(300));
        advance("竣工", today.minusDays(40));
        advance("投产", today.minusDays(5));
        assertThat(reached()).containsExactly("线索", "洽谈", "签约", "注册", "供地", "开工", "竣工", "投产");
        assertThat(new Select(browser.find(By.id("advance-stage"))).getOptions())
                .extracting(WebElement::getText)
                .containsExactly("达产");
        browser.open("/projects");
        browser.waitUntilText(By.tagName("main"), PROJECT);
        WebElement listed = browser.find(By.xpath("//tr[td//a[contains(text(),'" + PROJECT + "')]]"));
        assertThat(listed.findElement(By.cssSelector(".status")).getAttribute("class"))
                .contains("status-red");

        // a dispatch meeting records a problem and issues a supervision order to the power office
        browser.open("/projects/meetings");
        browser.find(By.id("chair")).sendKeys("王主任");
        browser.find(By.id("attendees")).sendKeys("经发局、供电协调办、项目方");
        browser.find(By.id("minutes")).sendKeys("调度重点项目投产准备情况");
        submit(By.cssSelector("form[action$='/projects/meetings'] button[type=submit]"), "调度会已记录");
        new Select(browser.find(By.id("projectId"))).selectByIndex(0);
        assertThat(new Select(browser.find(By.id("projectId")))
                        .getFirstSelectedOption()
                        .getText())
                .contains(PROJECT);
        new Select(browser.find(By.id("departmentId"))).selectByVisibleText(powerOffice);
        browser.find(By.id("text")).sendKeys(PROBLEM);
        submit(By.cssSelector("form[action$='/problems'] button[type=submit]"), "问题已记录");
        assertThat(browser.find(By.tagName("main")).getText()).contains(PROBLEM, powerOffice);
        submit(By.cssSelector("form[action*='/order'] button[type=submit]"), "督办单已下发");
        String orderPath = browser.currentPath();
        assertThat(orderPath).matches("/projects/orders/[0-9a-f-]{36}");
        String orderNumber =
                browser.find(By.tagName("h1")).getText().replace("督办单", "").trim();
        assertThat(orderNumber).matches("DB\\d{4}-\\d{3}");
        assertOrderState("待回复", "status-yellow");
        assertThat(browser.find(By.tagName("main")).getText()).contains(PROBLEM, powerOffice, PROJECT);
        assertThat(browser.driver().findElements(By.id("reply"))).isEmpty();

        // the power office's clerk finds it among the orders and writes the reply
        switchTo(powerClerk);
        browser.open("/projects/orders");
        browser.waitUntilText(By.tagName("main"), orderNumber);
        browser.find(By.linkText(orderNumber)).click();
        browser.waitFor(By.id("reply")).sendKeys(REPLY);
        submit(By.cssSelector("form[action$='/reply'] button[type=submit]"), "回复已提交");
        assertOrderState("待销号", "status-yellow");
        assertThat(browser.driver().findElements(By.cssSelector("form[action$='/close']")))
                .isEmpty();

        // the issuing office closes it (销号)
        switchTo(zone.staff());
        browser.open(orderPath);
        browser.waitFor(By.id("closeNote")).sendKeys("已核实，问题解决");
        submit(By.cssSelector("form[action$='/close'] button[type=submit]"), "督办单已销号");
        assertOrderState("已销号", "status-green");
        assertThat(browser.find(By.tagName("main")).getText()).contains("下发", "回复", REPLY, "销号");
        assertThat(browser.driver().findElements(By.cssSelector("form[action$='/close']")))
                .isEmpty();
        browser.screenshot("project-flow-2-order-closed");
    }

    /** Moves the project on the investment detail page to the stage on the date. */
    private void advance(String stage, LocalDate on) {
        new Select(browser.find(By.id("advance-stage"))).selectByVisibleText(stage);
        date(browser.find(By.id("advance-on")), on);
        submit(By.cssSelector("form[action$='/advance'] button[type=submit]"), "已推进");
        var reached = browser.driver().findElements(By.cssSelector(".inv-stages li.reached"));
        assertThat(reached.get(reached.size() - 1).getText()).contains(stage, on.toString());
    }

    private List<String> reached() {
        return browser.driver().findElements(By.cssSelector(".inv-stages li.reached")).stream()
                .map(li -> li.findElement(By.tagName("span")).getText())
                .toList();
    }

    private WebElement nodeRow(String node) {
        return browser.find(
                By.xpath("//tr[starts-with(@class,'row-') or contains(@class,' row-')][td/a[text()='" + node + "']]"));
    }

    private void assertOrderState(String state, String colour) {
        WebElement badge = browser.find(By.cssSelector(".toolbar .status"));
        assertThat(badge.getText()).isEqualTo(state);
        assertThat(badge.getAttribute("class")).contains(colour);
    }

    /** Date inputs take a value in the browser's own format; setting the ISO value is exact. */
    private void date(WebElement input, LocalDate on) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1]", input, on.toString());
    }

    /** Submits the form and waits for the page after the redirect to flash the message. */
    private void submit(By button, String flash) {
        WebElement element = browser.find(button);
        element.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(element));
        browser.waitUntilText(By.cssSelector(".flash-ok"), flash);
    }

    private void switchTo(String username) {
        WebElement signOut = browser.find(By.cssSelector(".topbar form[action$='/logout'] button"));
        signOut.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(signOut));
        browser.signIn(username, TestZones.PASSWORD);
    }
}
