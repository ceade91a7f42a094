package com.parkops.zone.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import com.parkops.zone.AccessTokens;
import com.parkops.zone.ZoneUser;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class AccountTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    AccessTokens tokens;

    @Autowired
    UserDetailsService principals;

    @Test
    void shouldShowOwnProfileToEveryRole() {
        var zone = testZones.create();

        assertThat(mvc.get().uri("/account").with(user(principal(zone.staff()))))
                .hasStatusOk()
                .bodyText()
                .contains(zone.staff(), "经发局 " + zone.suffix(), "个人访问令牌");
    }

    @Test
    void shouldRefusePasswordChangeWithWrongCurrentPassword() {
        var zone = testZones.create();

        assertThat(changePassword(zone.staff(), "not-my-password", "Brand-new-77", "Brand-new-77"))
                .hasStatusOk()
                .model()
                .extractingBindingResult("passwordForm")
                .hasFieldErrorCode("currentPassword", "account.password.wrongCurrent");

        assertThat(me(basic(zone.staff(), TestZones.PASSWORD))).hasStatusOk();
        assertThat(me(basic(zone.staff(), "Brand-new-77"))).hasStatus(401);
    }

    @Test
    void shouldRefuseMismatchedOrWeakNewPassword() {
        var zone = testZones.create();

        assertThat(changePassword(zone.staff(), TestZones.PASSWORD, "Brand-new-77", "Brand-new-78"))
                .model()
                .extractingBindingResult("passwordForm")
                .hasFieldErrorCode("confirmPassword", "account.password.mismatch");
        assertThat(changePassword(zone.staff(), TestZones.PASSWORD, "12345678", "12345678"))
                .model()
                .extractingBindingResult("passwordForm")
                .hasFieldErrors("newPassword");
        assertThat(me(basic(zone.staff(), TestZones.PASSWORD))).hasStatusOk();
    }

    @Test
    void shouldChangePasswordSoThatOnlyTheNewOneWorks() {
        var zone = testZones.create();

        assertThat(changePassword(zone.staff(), TestZones.PASSWORD, "Brand-new-77", "Brand-new-77"))
                .hasRedirectedUrl("/account")
                .flash()
                .containsKey("flash");

        assertThat(me(basic(zone.staff(), "Brand-new-77"))).hasStatusOk();
        assertThat(me(basic(zone.staff(), TestZones.PASSWORD))).hasStatus(401);
    }

    @Test
    void shouldShowNewTokenOnceThenAcceptItAsBearerUntilRevoked() throws Exception {
        var zone = testZones.create();
        var staff = principal(zone.staff());
        var session = new MockHttpSession();

        assertThat(mvc.post()
                        .uri("/account/tokens")
                        .session(session)
                        .with(user(staff))
                        .with(csrf())
                        .param("name", "月报脚本")
                        .param("expiresOn", ""))
                .hasRedirectedUrl("/account");
        var listed = tokens.list(staff);
        assertThat(listed)
                .singleElement()
                .extracting(AccessTokens.TokenView::name)
                .isEqualTo("月报脚本");

        String firstView = body(
                mvc.get().uri("/account").session(session).with(user(staff)).exchange());
        String secret = secretShownIn(firstView);
        assertThat(secret).startsWith(listed.get(0).prefix());
        String secondView = body(
                mvc.get().uri("/account").session(session).with(user(staff)).exchange());
        assertThat(secondView).contains("月报脚本", listed.get(0).prefix()).doesNotContain(secret);

        assertThat(me("Bearer " + secret)).hasStatusOk().bodyText().contains(zone.staff());

        assertThat(mvc.post()
                        .uri("/account/tokens/" + listed.get(0).id() + "/revoke")
                        .with(user(staff))
                        .with(csrf()))
                .hasRedirectedUrl("/account");
        assertThat(me("Bearer " + secret)).hasStatus(401);
        assertThat(tokens.list(staff)).isEmpty();
    }

    @Test
    void shouldRefuseTokenExpiringInThePast() {
        var zone = testZones.create();

        assertThat(mvc.post()
                        .uri("/account/tokens")
                        .with(user(principal(zone.leader())))
                        .with(csrf())
                        .param("name", "old")
                        .param("expiresOn", "2020-01-01"))
                .hasStatusOk()
                .model()
                .extractingBindingResult("tokenForm")
                .hasFieldErrors("expiresOn");
    }

    private MvcTestResult changePassword(String username, String current, String fresh, String confirm) {
        return mvc.post()
                .uri("/account/password")
                .with(user(principal(username)))
                .with(csrf())
                .param("currentPassword", current)
                .param("newPassword", fresh)
                .param("confirmPassword", confirm)
                .exchange();
    }

    private MvcTestResult me(String authorization) {
        return mvc.get()
                .uri("/api/v1/zone/me")
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .exchange();
    }

    private static String secretShownIn(String page) {
        var matcher = java.util.regex.Pattern.compile("id=\"new-token\"[^>]*value=\"(pk_[^\"]+)\"")
                .matcher(page);
        assertThat(matcher.find()).as("the new token is shown").isTrue();
        return matcher.group(1);
    }

    private static String body(MvcTestResult result) throws Exception {
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private ZoneUser principal(String username) {
        return (ZoneUser) principals.loadUserByUsername(username);
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes());
    }
}
