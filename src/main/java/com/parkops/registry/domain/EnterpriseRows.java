package com.parkops.registry.domain;

import com.parkops.registry.EmergingCategory;
import com.parkops.registry.Enterprise;
import com.parkops.registry.Qualification;
import com.parkops.registry.Scale;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** How an {@link Enterprise} is selected and mapped: the published view plus the private columns. */
final class EnterpriseRows {

    /** Alias {@code p} is the view, {@code e} the table; append a where clause. */
    static final String SELECT = """
            select p.id, p.credit_code, p.name, p.industry_code, p.chain, p.leading_chain,
                   p.emerging_category, p.scale, p.above_scale_since, p.registered_on, p.exempt_reason,
                   p.land_m2, p.land_mu, coalesce(o.area_m2, 0) as owned_land_m2,
                   e.address, e.legal_representative, e.contact_name, e.contact_phone, e.contact_email,
                   e.tags, e.version
            from registry.enterprise_profile p
            join registry.enterprise e on e.zone_id = p.zone_id and e.id = p.id
            left join lateral (
                select sum(l.area_m2) as area_m2
                from registry.land_parcel l
                where l.zone_id = e.zone_id and l.enterprise_id = e.id
                  and l.land_use = 'INDUSTRIAL' and l.tenure = 'OWNED'
            ) o on true
            """;

    private EnterpriseRows() {}

    static Enterprise map(ResultSet rs) throws SQLException {
        return new Enterprise(
                rs.getObject("id", UUID.class),
                rs.getString("credit_code"),
                rs.getString("name"),
                rs.getString("industry_code"),
                rs.getString("chain"),
                rs.getBoolean("leading_chain"),
                emerging(rs.getString("emerging_category")),
                Scale.valueOf(rs.getString("scale")),
                yearMonth(rs.getDate("above_scale_since")),
                localDate(rs.getDate("registered_on")),
                rs.getString("exempt_reason"),
                rs.getBigDecimal("land_m2"),
                rs.getBigDecimal("land_mu"),
                rs.getBigDecimal("owned_land_m2"),
                rs.getString("address"),
                rs.getString("legal_representative"),
                rs.getString("contact_name"),
                rs.getString("contact_phone"),
                rs.getString("contact_email"),
                tags(rs.getArray("tags")),
                List.of(),
                rs.getInt("version"));
    }

    static Enterprise withQualifications(Enterprise e, List<Qualification> qualifications) {
        return new Enterprise(
                e.id(),
                e.creditCode(),
                e.name(),
                e.industryCode(),
                e.chain(),
                e.leadingChain(),
                e.emergingCategory(),
                e.scale(),
                e.aboveScaleSince(),
                e.registeredOn(),
                e.exemptReason(),
                e.landM2(),
                e.landMu(),
                e.ownedLandM2(),
                e.address(),
                e.legalRepresentative(),
                e.contactName(),
                e.contactPhone(),
                e.contactEmail(),
                e.tags(),
                qualifications,
                e.version());
    }

    static EmergingCategory emerging(String value) {
        return value == null ? null : EmergingCategory.valueOf(value);
    }

    static YearMonth yearMonth(Date date) {
        return date == null ? null : YearMonth.from(date.toLocalDate());
    }

    static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    static LocalDate firstDay(YearMonth month) {
        return month == null ? null : month.atDay(1);
    }

    private static List<String> tags(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return List.of((String[]) array.getArray());
    }
}
