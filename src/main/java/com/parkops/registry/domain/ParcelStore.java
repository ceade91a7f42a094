package com.parkops.registry.domain;

import com.parkops.registry.LandParcel;
import com.parkops.registry.LandTenure;
import com.parkops.registry.LandUse;
import com.parkops.shared.LandArea;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Land parcels (宗地) of enterprises. */
@Repository
class ParcelStore {

    private static final String SELECT = """
            select id, certificate_no, area_m2, land_use, tenure, imported, note
            from registry.land_parcel
            where zone_id = :zone and enterprise_id = :enterprise
            """;

    private final JdbcClient jdbc;

    ParcelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LandParcel> list(UUID zoneId, UUID enterpriseId) {
        return jdbc.sql(SELECT + " order by imported desc, certificate_no nulls last, id")
                .param("zone", zoneId)
                .param("enterprise", enterpriseId)
                .query((rs, n) -> {
                    BigDecimal area = rs.getBigDecimal("area_m2");
                    return new LandParcel(
                            rs.getObject("id", UUID.class),
                            rs.getString("certificate_no"),
                            area,
                            LandArea.squareMetresToMu(area),
                            LandUse.valueOf(rs.getString("land_use")),
                            LandTenure.valueOf(rs.getString("tenure")),
                            rs.getBoolean("imported"),
                            rs.getString("note"));
                })
                .list();
    }

    Optional<LandParcel> find(UUID zoneId, UUID enterpriseId, UUID id) {
        return list(zoneId, enterpriseId).stream()
                .filter(parcel -> parcel.id().equals(id))
                .findFirst();
    }

    void insert(UUID zoneId, UUID enterpriseId, LandParcel parcel) {
        jdbc.sql("""
                        insert into registry.land_parcel
                            (zone_id, id, enterprise_id, certificate_no, area_m2, land_use, tenure, imported, note)
                        values (:zone, :id, :enterprise, :certificate, :area, :use, :tenure, :imported, :note)
                        """)
                .param("zone", zoneId)
                .param("id", parcel.id())
                .param("enterprise", enterpriseId)
                .param("certificate", parcel.certificateNo())
                .param("area", parcel.areaM2())
                .param("use", parcel.landUse().name())
                .param("tenure", parcel.tenure().name())
                .param("imported", parcel.imported())
                .param("note", parcel.note())
                .update();
    }

    boolean delete(UUID zoneId, UUID enterpriseId, UUID id) {
        return jdbc.sql(
                                "delete from registry.land_parcel where zone_id = :zone and enterprise_id = :enterprise and id = :id")
                        .param("zone", zoneId)
                        .param("enterprise", enterpriseId)
                        .param("id", id)
                        .update()
                > 0;
    }

    /** Owned industrial land not written by an import, in m². */
    BigDecimal manualOwnedIndustrial(UUID zoneId, UUID enterpriseId) {
        return jdbc.sql("""
                        select coalesce(sum(area_m2), 0) from registry.land_parcel
                        where zone_id = :zone and enterprise_id = :enterprise and not imported
                          and land_use = 'INDUSTRIAL' and tenure = 'OWNED'
                        """)
                .param("zone", zoneId)
                .param("enterprise", enterpriseId)
                .query(BigDecimal.class)
                .single();
    }

    /** Replaces the enterprise's imported parcel by one of the given area (none when zero). */
    void replaceImported(UUID zoneId, UUID enterpriseId, BigDecimal areaM2, String note) {
        jdbc.sql("delete from registry.land_parcel where zone_id = :zone and enterprise_id = :enterprise and imported")
                .param("zone", zoneId)
                .param("enterprise", enterpriseId)
                .update();
        if (areaM2.signum() > 0) {
            insert(
                    zoneId,
                    enterpriseId,
                    new LandParcel(
                            UUID.randomUUID(),
                            null,
                            areaM2,
                            LandArea.squareMetresToMu(areaM2),
                            LandUse.INDUSTRIAL,
                            LandTenure.OWNED,
                            true,
                            note));
        }
    }
}
