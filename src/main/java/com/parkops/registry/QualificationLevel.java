package com.parkops.registry;

/** Who granted a qualification: 国家 (national), 省 (provincial) or 市 (municipal). */
public enum QualificationLevel {
    NATIONAL("国家"),
    PROVINCIAL("省"),
    MUNICIPAL("市");

    private final String chineseName;

    QualificationLevel(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
