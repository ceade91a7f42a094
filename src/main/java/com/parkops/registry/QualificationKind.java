package com.parkops.registry;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Kinds of 资质 (qualification) a zone tracks. {@code validityYears} is the usual term of a
 * certificate, used to propose an expiry date; 0 means no fixed term.
 */
public enum QualificationKind {
    HIGH_TECH("高新技术企业", 3),
    TECH_SME("科技型中小企业", 1),
    LITTLE_GIANT("专精特新\"小巨人\"", 3),
    PROVINCIAL_SPECIALIZED("省级专精特新", 3),
    GAZELLE("瞪羚", 1),
    POTENTIAL_GAZELLE("潜在瞪羚", 1),
    INTEGRATION_DEMO("两化融合示范", 0),
    LISTED("上市企业", 0),
    SEGMENT_LEADER("行业细分领域龙头", 0);

    private final String chineseName;
    private final int validityYears;

    QualificationKind(String chineseName, int validityYears) {
        this.chineseName = chineseName;
        this.validityYears = validityYears;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The usual term in years, 0 when the qualification does not expire by itself. */
    public int validityYears() {
        return validityYears;
    }

    /** The expiry a certificate issued on the given day usually has: the day before its anniversary. */
    public Optional<LocalDate> usualExpiry(LocalDate issuedOn) {
        if (issuedOn == null || validityYears == 0) {
            return Optional.empty();
        }
        return Optional.of(issuedOn.plusYears(validityYears).minusDays(1));
    }

    /** Accepts the enum name or the Chinese name. */
    public static Optional<QualificationKind> parse(String text) {
        String value = text == null ? "" : text.strip();
        for (QualificationKind kind : values()) {
            if (kind.name().equalsIgnoreCase(value) || kind.chineseName.equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
