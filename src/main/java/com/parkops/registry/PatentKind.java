package com.parkops.registry;

/** Patent types counted: 发明 (invention), 实用新型 (utility model), 外观设计 (design). */
public enum PatentKind {
    INVENTION("发明"),
    UTILITY_MODEL("实用新型"),
    DESIGN("外观设计");

    private final String chineseName;

    PatentKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
