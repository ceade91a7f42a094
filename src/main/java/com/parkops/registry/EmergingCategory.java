package com.parkops.registry;

import java.util.Optional;

/** 战略性新兴产业 categories of the 2018 national classification (9 fields). */
public enum EmergingCategory {
    NEW_GENERATION_IT("新一代信息技术产业", "新一代信息技术"),
    HIGH_END_EQUIPMENT("高端装备制造产业", "高端装备制造"),
    NEW_MATERIALS("新材料产业", "新材料"),
    BIOTECH("生物产业", "生物"),
    NEW_ENERGY_VEHICLES("新能源汽车产业", "新能源汽车"),
    NEW_ENERGY("新能源产业", "新能源"),
    ENERGY_SAVING("节能环保产业", "节能环保"),
    DIGITAL_CREATIVE("数字创意产业", "数字创意"),
    RELATED_SERVICES("相关服务业", "相关服务");

    private final String fullName;
    private final String shortName;

    EmergingCategory(String fullName, String shortName) {
        this.fullName = fullName;
        this.shortName = shortName;
    }

    public String fullName() {
        return fullName;
    }

    public String shortName() {
        return shortName;
    }

    /** Accepts the full or short Chinese name or the enum name. */
    public static Optional<EmergingCategory> parse(String text) {
        String value = text == null ? "" : text.strip();
        for (EmergingCategory category : values()) {
            if (category.fullName.equals(value)
                    || category.shortName.equals(value)
                    || category.name().equalsIgnoreCase(value)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
