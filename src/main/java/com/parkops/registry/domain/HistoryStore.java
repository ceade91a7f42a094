package com.parkops.registry.domain;

import com.parkops.registry.PatentCount;
import com.parkops.registry.PatentKind;
import com.parkops.registry.ScaleEvent;
import com.parkops.registry.ScaleEventKind;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Year-by-year facts of an enterprise: patents granted and the 入规 history. */
@Repository
class HistoryStore {

    private final JdbcClient jdbc;

    HistoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PatentCount> patents(UUID zoneId, UUID enterpriseId) {
        return jdbc.sql("""
                        select year, kind, granted from registry.patent_count
                        where zone_id = :zone and enterprise_id = :enterprise
                        order by year desc, kind
                        """)
                .param("zone", zoneId)
                .param("enterprise", enterpriseId)
                .query((rs, n) -> new PatentCount(
                        rs.getInt("year"), PatentKind.valueOf(rs.getString("kind")), rs.getInt("granted")))
                .list();
    }

    void replacePatents(UUID zoneId, UUID enterpriseId, int year, Map<PatentKind, Integer> granted) {
        jdbc.sql(
                        "delete from registry.patent_count where zone_id = :zone and enterprise_id = :enterprise and year = :year")
                .param("zone", zoneId)
                .param("enterprise", enterpriseId)
                .param("year", year)
                .update();
        granted.forEach((kind, count) -> {
            if (count > 0) {
                jdbc.sql("""
                                insert into registry.patent_count (zone_id, enterprise_id, year, kind, granted)
                                values (:zone, :enterprise, :year, :kind, :granted)
                                """)
                        .param("zone", zoneId)
                        .param("enterprise", enterpriseId)
                        .param("year", year)
                        .param("kind", kind.name())
                        .param("granted", count)
                        .update();
            }
        });
    }

    List<ScaleEvent> scaleEvents(UUID zoneId, UUID enterpriseId) {
        return jdbc.sql("""
                        select id, kind, period, note, recorded_at from registry.scale_event
                        where zone_id = :zone and enterprise_id = :enterprise
                        order by period, recorded_at
                        """)
                .param("zone", zoneId)
                .param("enterprise", enterpriseId)
                .query((rs, n) -> new ScaleEvent(
                        rs.getObject("id", UUID.class),
                        ScaleEventKind.valueOf(rs.getString("kind")),
                        EnterpriseRows.yearMonth(rs.getDate("period")),
                        rs.getString("note"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    ScaleEvent addScaleEvent(UUID zoneId, UUID enterpriseId, ScaleEventKind kind, YearMonth period, String note) {
        UUID id = UUID.randomUUID();
        OffsetDateTime recorded = jdbc.sql("""
                        insert into registry.scale_event (zone_id, id, enterprise_id, kind, period, note)
                        values (:zone, :id, :enterprise, :kind, :period, :note)
                        returning recorded_at
                        """)
                .param("zone", zoneId)
                .param("id", id)
                .param("enterprise", enterpriseId)
                .param("kind", kind.name())
                .param("period", period.atDay(1))
                .param("note", note)
                .query(OffsetDateTime.class)
                .single();
        return new ScaleEvent(id, kind, period, note, recorded.toInstant());
    }
}
