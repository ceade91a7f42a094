package com.parkops.investment.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The columns of a project file (API guide), headed by the English key or the Chinese label. */
enum ProjectColumn {
    CODE("code", "项目编号", true),
    NAME("name", "项目名称", true),
    INVESTOR("investor", "投资方", false),
    CAPITAL_SOURCE("capitalSource", "资金来源", true),
    AMOUNT("amount", "签约金额", false),
    CHAIN("chain", "产业链", false),
    SIGNED_ON("signedOn", "签约日期", false),
    STARTED_ON("startedOn", "开工日期", false),
    PRODUCTION_ON("productionOn", "投产日期", false),
    FUNDS_IN_PLACE("fundsInPlace", "实际到位资金", false),
    STAGE("stage", "当前阶段", true);

    /** A unit people like to add to a label, e.g. 签约金额（万元）. */
    private static final Pattern UNIT_SUFFIX = Pattern.compile("\\s*[(（][^()（）]*[)）]\\s*$");

    private final String key;
    private final String label;
    private final boolean required;

    ProjectColumn(String key, String label, boolean required) {
        this.key = key;
        this.label = label;
        this.required = required;
    }

    String key() {
        return key;
    }

    String label() {
        return label;
    }

    boolean required() {
        return required;
    }

    /** Where a field's column comes in the file format; other fields (e.g. a bad header) first. */
    static int order(String field) {
        for (ProjectColumn column : values()) {
            if (column.key.equals(field)) {
                return column.ordinal();
            }
        }
        return -1;
    }

    static Optional<ProjectColumn> byHeader(String header) {
        String text = header.replace("\uFEFF", "").strip();
        String withoutUnit = UNIT_SUFFIX.matcher(text).replaceFirst("");
        for (ProjectColumn column : values()) {
            if (column.key.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))
                    || column.label.equals(text)
                    || column.label.equals(withoutUnit)
                    || (column == STAGE && (text.equals("阶段") || text.equals("项目阶段")))) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
