package com.parkops.registry;

/** 有效 (valid), 到期 (expired) or 撤销 (revoked). */
public enum QualificationStatus {
    VALID("有效"),
    EXPIRED("到期"),
    REVOKED("撤销");

    private final String chineseName;

    QualificationStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
