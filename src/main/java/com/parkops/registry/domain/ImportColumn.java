package com.parkops.registry.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The columns of a registry file, headed by the English key or the Chinese label (API guide). */
enum ImportColumn {
    CREDIT_CODE("creditCode", "统一社会信用代码", true),
    NAME("name", "企业名称", true),
    INDUSTRY_CODE("industryCode", "行业代码", false),
    CHAIN("chain", "产业链", false),
    EMERGING_CATEGORY("emergingCategory", "战新类别", false),
    SCALE("scale", "规模", false),
    ABOVE_SCALE_SINCE("aboveScaleSince", "入规期间", false),
    REGISTERED_ON("registeredOn", "成立日期", false),
    LAND_M2("landM2", "用地面积", false),
    EXEMPT_REASON("exemptReason", "不定等级原因", false);

    /** A unit people like to add to a label, e.g. 用地面积（m²） or 用地面积(平方米). */
    private static final Pattern UNIT_SUFFIX = Pattern.compile("\\s*[(（][^()（）]*[)）]\\s*$");

    private final String key;
    private final String label;
    private final boolean required;

    ImportColumn(String key, String label, boolean required) {
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
        for (ImportColumn column : values()) {
            if (column.key.equals(field)) {
                return column.ordinal();
            }
        }
        return -1;
    }

    static Optional<ImportColumn> byHeader(String header) {
        String text = header.replace("\uFEFF", "").strip();
        String withoutUnit = UNIT_SUFFIX.matcher(text).replaceFirst("");
        for (ImportColumn column : values()) {
            if (column.key.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))
                    || column.label.equals(text)
                    || column.label.equals(withoutUnit)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
