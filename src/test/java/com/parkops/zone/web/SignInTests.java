package com.parkops.zone.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import com.parkops.zone.ZoneUser;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class SignInTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    UserDetailsService principals;

    @Test
    void shouldLockAccountAfterRepeatedFailedFormSignInsAndSaySo() {
        var zone = testZones.create();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(zone.staff(), "wrong-password")).hasRedirectedUrl("/login?error=bad");
        }

        assertThat(signIn(zone.staff(), TestZones.PASSWORD)).hasRedirectedUrl("/login?error=locked");
        assertThat(mvc.get().uri("/login?error=locked"))
                .hasStatusOk()
                .bodyText()
                .contains("账户因多次登录失败已被锁定，请 15 分钟后再试");
        assertThat(mvc.get().uri("/login?error=locked&lang=en")).bodyText().contains("try again in 15 minutes");
    }

    @Test
    void shouldSayWrongCredentialsWithoutTellingWhichOne() {
        assertThat(signIn("nobody-" + System.nanoTime(), "whatever")).hasRedirectedUrl("/login?error=bad");
        assertThat(mvc.get().uri("/login?error=bad")).bodyText().contains("用户名或密码错误");
    }

    @Test
    void shouldSignInAndOut() {
        var zone = testZones.create();

        assertThat(signIn(zone.leader(), TestZones.PASSWORD)).hasRedirectedUrl("/");
        assertThat(mvc.post()
                        .uri("/logout")
                        .with(user(principal(zone.leader())))
                        .with(csrf()))
                .hasRedirectedUrl("/login?logout");
        assertThat(mvc.get().uri("/login?logout")).bodyText().contains("您已安全退出");
    }

    @Test
    void shouldSendAnonymousVisitorsAndExpiredSessionsToSignIn() {
        assertThat(mvc.get().uri("/admin/users"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login");
        assertThat(mvc.get().uri("/account").with(request -> {
                    request.setRequestedSessionId("expired-session");
                    request.setRequestedSessionIdValid(false);
                    return request;
                }))
                .hasRedirectedUrl("/login?expired");
    }

    @Test
    void shouldRenderErrorPagesFromTheBundles() {
        var zone = testZones.create();

        assertThat(error(404, zone)).bodyText().contains("页面不存在", "返回首页").doesNotContain("Whitelabel");
        assertThat(error(403, zone)).bodyText().contains("当前角色无权执行此操作");
        assertThat(error(500, zone)).bodyText().contains("系统出现异常");
        assertThat(error(400, zone)).bodyText().contains("请求无法处理");
    }

    @Test
    void shouldAnswerBrowsersWithErrorPagesAndApiClientsWithProblems() {
        var zone = testZones.create();
        var admin = user(principal(zone.admin()));

        var unknownPage =
                mvc.get().uri("/no-such-page").accept("text/html").with(admin).exchange();
        assertThat(unknownPage).hasStatus(404);
        assertThat(unknownPage.getResponse().getContentType()).isNull();
        assertThat(mvc.get().uri("/admin/users/not-an-id").accept("text/html").with(admin))
                .hasStatus(400)
                .bodyText()
                .isEmpty();
        assertThat(mvc.get()
                        .uri("/api/v1/zone/no-such-endpoint")
                        .accept("text/html", "application/json")
                        .header("Authorization", AccountTests.basic(zone.admin(), TestZones.PASSWORD)))
                .hasStatus(404)
                .hasContentTypeCompatibleWith("application/problem+json");
    }

    private MvcTestResult error(int status, TestZones.TestZone zone) {
        return mvc.get()
                .uri("/error")
                .accept("text/html")
                .with(user(principal(zone.staff())))
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere")
                .exchange();
    }

    private MvcTestResult signIn(String username, String password) {
        return mvc.post()
                .uri("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .exchange();
    }

    private ZoneUser principal(String username) {
        return (ZoneUser) principals.loadUserByUsername(username);
    }
}
