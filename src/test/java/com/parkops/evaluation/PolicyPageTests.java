package com.parkops.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The consequences page: staff edit the table in place, leaders read it. */
@IntegrationTest
class PolicyPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    UserDetailsService users;

    @Autowired
    EvaluationPolicies policies;

    @Autowired
    ITemplateEngine templates;

    @Test
    void shouldShowStaffAnEditableTableOfEveryGrade() {
        var zone = testZones.create();

        String page =
                html(mvc.get().uri("/evaluation/policy").with(user(staff(zone))).exchange());

        assertThat(page)
                .contains("差别化政策", "用电加价", "城镇土地使用税减免", "优先保障", "尚未保存")
                .contains("grade-A", "grade-T", "T 类（不定等级）")
                .contains("name=\"grades[3].electricitySurcharge\"", "value=\"0.10\"")
                .contains("name=\"grades[4].otherMeasures\"", "btn-primary");
    }

    @Test
    void shouldShowALeaderTheTableWithoutAForm() {
        var zone = testZones.create();

        String page = html(mvc.get()
                .uri("/evaluation/policy")
                .with(user(users.loadUserByUsername(zone.leader())))
                .exchange());

        assertThat(page)
                .contains("差别化政策", "0.05", "限制", "仅管理员和工作人员可以修改")
                .doesNotContain("name=\"grades[0].electricitySurcharge\"", "btn-primary");
        assertThat(mvc.post()
                        .uri("/evaluation/policy")
                        .with(user(users.loadUserByUsername(zone.leader())))
                        .with(csrf())
                        .params(toParams(form(0, "0.05")))
                        .exchange())
                .hasStatus(403);
    }

    @Test
    void shouldSaveAValidTableAndShowFieldErrorsOfAnInvalidOne() {
        var zone = testZones.create();

        MvcTestResult refused = post(zone, form(0, "-1"));
        assertThat(html(refused)).contains("field-error", "不能为负数", "差别化政策有误");
        assertThat(policies.table(zone.id()).stored()).isFalse();

        MvcTestResult saved = post(zone, form(0, "0.06"));
        assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/evaluation/policy");
        assertThat(policies.of(zone.id(), Grade.C).electricitySurcharge()).isEqualByComparingTo("0.06");
        assertThat(html(mvc.get()
                        .uri("/evaluation/policy")
                        .with(user(staff(zone)))
                        .exchange()))
                .contains("第 1 版，由 " + zone.staff() + " 于 ", "value=\"0.06\"", "信贷 D")
                .doesNotContain("尚未保存");

        assertThat(html(post(zone, form(0, "0.07")))).contains("已被他人修改");
        assertThat(policies.of(zone.id(), Grade.C).electricitySurcharge()).isEqualByComparingTo("0.06");
    }

    @Test
    void shouldRenderOneGradesConsequencesAsAFragmentForTheResultPage() {
        var zone = testZones.create();
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        try {
            context.setVariable("policy", policies.of(zone.id(), Grade.D));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }

        String fragment = templates.process("evaluation/consequences", Set.of("consequences"), context);

        assertThat(fragment)
                .contains("<dl class=\"facts consequences\">")
                .contains("每千瓦时加价 0.10 元", "每吨加价 1.00 元", "不减免", "限制", "原则上不予新增授信");
        context.setVariable("policy", policies.of(zone.id(), Grade.A));
        assertThat(templates.process("evaluation/consequences", Set.of("consequences"), context))
                .contains("不加价", "减免 100%", "优先保障");
    }

    private UserDetails staff(TestZones.TestZone zone) {
        return users.loadUserByUsername(zone.staff());
    }

    private MvcTestResult post(TestZones.TestZone zone, Map<String, String> form) {
        return mvc.post()
                .uri("/evaluation/policy")
                .with(user(staff(zone)))
                .with(csrf())
                .params(toParams(form))
                .exchange();
    }

    /** The default table as the page posts it, with grade C's electricity surcharge set. */
    private static Map<String, String> form(int version, String electricityC) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", String.valueOf(version));
        String[][] rows = {
            {"A", "0", "0", "0", "100", "PRIORITY", "PRIORITY"},
            {"B", "0", "0", "0", "50", "NORMAL", "NORMAL"},
            {"C", electricityC, "0.30", "0.50", "0", "RESTRICTED", "NORMAL"},
            {"D", "0.10", "1.00", "1.00", "0", "RESTRICTED", "RESTRICTED"},
            {"T", "0", "0", "0", "50", "NORMAL", "NORMAL"}
        };
        for (int i = 0; i < rows.length; i++) {
            String at = "grades[" + i + "].";
            form.put(at + "grade", rows[i][0]);
            form.put(at + "electricitySurcharge", rows[i][1]);
            form.put(at + "waterSurcharge", rows[i][2]);
            form.put(at + "sewageSurcharge", rows[i][3]);
            form.put(at + "landTaxReduction", rows[i][4]);
            form.put(at + "landPriority", rows[i][5]);
            form.put(at + "energyPriority", rows[i][6]);
            form.put(at + "emissionPriority", rows[i][6]);
            form.put(at + "credit", "信贷 " + rows[i][0]);
            form.put(at + "otherMeasures", "");
        }
        return form;
    }

    private static MultiValueMap<String, String> toParams(Map<String, String> form) {
        var params = new LinkedMultiValueMap<String, String>();
        form.forEach(params::add);
        return params;
    }

    private static String html(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
