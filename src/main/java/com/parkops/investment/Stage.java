package com.parkops.investment;

import java.util.Locale;
import java.util.Optional;

/**
 * The pipeline stages in order (domain guide §5). A project reaches them one after the other; it
 * may end as lost (终止) or paused (暂缓) at any of them, which is kept apart as its outcome.
 */
public enum Stage {
    LEAD("线索"),
    NEGOTIATING("洽谈"),
    SIGNED("签约"),
    REGISTERED("注册"),
    LAND_SUPPLIED("供地"),
    STARTED("开工"),
    COMPLETED("竣工"),
    IN_PRODUCTION("投产"),
    AT_CAPACITY("达产");

    private final String chinese;

    Stage(String chinese) {
        this.chinese = chinese;
    }

    /** The Chinese name used in imports and in the domain guide (签约, 开工 …). */
    public String chinese() {
        return chinese;
    }

    /** Whether this stage is the given one or later. */
    public boolean reached(Stage other) {
        return compareTo(other) >= 0;
    }

    /**
     * The stage named in Chinese (签约) or English (the constant, any case, spaces or hyphens for
     * underscores: "in production", "land-supplied"); empty when the name is none of them.
     */
    public static Optional<Stage> parse(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String text = name.strip();
        String constant = text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (Stage stage : values()) {
            if (stage.chinese.equals(text) || stage.name().equals(constant)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}
