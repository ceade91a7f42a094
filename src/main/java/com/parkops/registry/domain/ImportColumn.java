package com.parkops.registry.domain;

import com.parkops.shared.io.SheetColumn;

/** The columns of a registry file, headed by the English key or the Chinese label (API guide). */
enum ImportColumn implements SheetColumn {
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

    private final String key;
    private final String label;
    private final boolean required;

    ImportColumn(String key, String label, boolean required) {
        this.key = key;
        this.label = label;
        this.required = required;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public boolean required() {
        return required;
    }
}
