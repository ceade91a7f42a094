package com.parkops.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.evaluation.EvaluationResult;
import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.Grade;
import com.parkops.evaluation.IndicatorScore;
import com.parkops.evaluation.PolicyTable;
import com.parkops.evaluation.RunStatus;
import com.parkops.evaluation.Scheme;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The letter's text for the cases the sample zone lacks: T class, a veto, English, a final run. */
class ResultLetterTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 9);

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    ResultLetterTests() {
        messages.setBasenames("i18n/evaluation", "i18n/evaluation-consequences");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void shouldStateTheReasonOfATClassResultAndThatItIsNotRanked() throws IOException {
        EvaluationResult exempt = result(Grade.T, Grade.T, null, "公用事业企业");

        String letter = text(write(run(RunStatus.FINAL, null), exempt, List.of(), Locale.SIMPLIFIED_CHINESE));

        assertThat(letter)
                .contains("T 类（不定等级）。原因：公用事业企业；有关政策参照 B 类执行")
                .contains("不参与排名", "本评价结果已经公示并定稿", "2026年3月9日")
                .contains("减免 50%")
                .doesNotContain("异议");
    }

    @Test
    void shouldNameTheVetoAndTheGradeItForcedWithItsCappedIndicator() throws IOException {
        EvaluationResult vetoed = result(Grade.B, Grade.D, 4, null);
        LetterDecision veto = new LetterDecision("VETO", "safety", 0, "发生较大安全生产事故", "李局长");

        String letter = text(write(
                run(RunStatus.PUBLISHED, LocalDate.of(2026, 3, 16)), vetoed, List.of(veto), Locale.SIMPLIFIED_CHINESE));

        assertThat(letter)
                .contains("一票否决：重大安全事故。原因：发生较大安全生产事故；批准人：李局长。")
                .contains("评价等级由按排名所得的 B 类 调整为 D 类")
                .contains("第 4 名 / 共 10 家", "亩均税收（万元/亩）", "已封顶", "80.00")
                .contains("每千瓦时加价 0.10 元", "限制")
                .contains("五、异议", "2026年3月16日");
    }

    @Test
    void shouldWriteEnglishWithTheSameFiguresAndAChineseCapableFont() throws IOException {
        byte[] docx = write(run(RunStatus.DRAFT, null), result(Grade.C, Grade.C, 7, null), List.of(), Locale.ENGLISH);

        assertThat(text(docx))
                .contains("Notice of the 2021 per-mu benefit evaluation result", "No. 7 of 10")
                .contains("+0.05 yuan per kWh", "Draft", "9 March 2026", "capped");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFRun first = document.getParagraphs().get(0).getRuns().get(0);
            assertThat(first.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo(LetterDocument.TITLE_FONT);
            var breakdown = document.getTables().get(1).getCTTbl().getTblGrid();
            assertThat(breakdown.sizeOfGridColArray()).isEqualTo(6);
            assertThat(((java.math.BigInteger) breakdown.getGridColArray(0).getW()).intValue())
                    .as("the indicator column is the widest")
                    .isGreaterThan(
                            ((java.math.BigInteger) breakdown.getGridColArray(1).getW()).intValue());
        }
    }

    private byte[] write(EvaluationRun run, EvaluationResult result, List<LetterDecision> decisions, Locale locale) {
        LetterText text = new LetterText(messages, locale);
        PolicyTable table = new PolicyTable(
                PolicyDefaults.all(key -> messages.getMessage(key, null, locale)), 0, false, null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultLetter.write(new LetterContext(text, "测试园区", run, table, TODAY), result, decisions, out);
        return out.toByteArray();
    }

    private static EvaluationRun run(RunStatus status, LocalDate until) {
        Scheme scheme = new Scheme("测试方案", List.of(), null, List.of(new Scheme.VetoItem("safety", "重大安全事故")));
        return new EvaluationRun(
                UUID.randomUUID(),
                2021,
                null,
                "测试方案",
                scheme,
                status,
                "staff",
                Instant.now(),
                null,
                null,
                until,
                null,
                null,
                null,
                null,
                10,
                0);
    }

    private static EvaluationResult result(Grade computed, Grade grade, Integer rank, String exemptReason) {
        return new EvaluationResult(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "91330100MA2XXXXX1X",
                "甲企业有限公司",
                "规上",
                0,
                computed,
                grade,
                new BigDecimal("96.456"),
                rank,
                10,
                exemptReason,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                List.of(),
                List.of(new IndicatorScore(
                        "taxPerMu",
                        new BigDecimal("40.1"),
                        new BigDecimal("15"),
                        new BigDecimal("40"),
                        new BigDecimal("80"),
                        true)));
    }

    private static String text(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
