package com.parkops.support;

import com.parkops.registry.EmergingCategory;
import com.parkops.registry.Scale;
import com.parkops.shared.io.TabularReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads enterprises in the registry import format ({@code creditCode,name,industryCode,chain,
 * emergingCategory,scale,aboveScaleSince,registeredOn,landM2,exemptReason}) straight into the
 * registry's tables. A stand-in until the registry's own import is on this branch: swap the body
 * of {@link #load} for a call to it then.
 */
public class RegistryTestData {

    private final JdbcClient jdbc;

    public RegistryTestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Loads a classpath CSV; returns credit code → enterprise id. */
    public Map<String, UUID> load(UUID zoneId, String resource) {
        try (InputStream in = RegistryTestData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No resource " + resource);
            }
            return load(zoneId, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, UUID> load(UUID zoneId, InputStream csv) throws IOException {
        Map<String, UUID> ids = new HashMap<>();
        Map<String, UUID> chains = new HashMap<>();
        Map<String, Integer> columns = new HashMap<>();
        TabularReader.read(csv, (row, cells) -> {
            if (row == 1) {
                for (int i = 0; i < cells.size(); i++) {
                    columns.put(cells.get(i).strip(), i);
                }
                return;
            }
            if (cells.isEmpty()) {
                return;
            }
            UUID id = insert(zoneId, cells, columns, chains);
            ids.put(cell(cells, columns, "creditCode"), id);
        });
        return ids;
    }

    /** Registers one enterprise with the given attributes (null for absent). */
    public UUID enterprise(
            UUID zoneId, String creditCode, String chain, String emerging, Scale scale, YearMonth since, long landM2) {
        Map<String, Integer> columns = Map.of(
                "creditCode",
                0,
                "name",
                1,
                "chain",
                2,
                "emergingCategory",
                3,
                "scale",
                4,
                "aboveScaleSince",
                5,
                "landM2",
                6);
        List<String> cells = List.of(
                creditCode,
                "企业 " + creditCode,
                chain == null ? "" : chain,
                emerging == null ? "" : emerging,
                scale == null ? "" : scale.chinese(),
                since == null ? "" : since.toString(),
                Long.toString(landM2));
        return insert(zoneId, cells, columns, new HashMap<>());
    }

    /** Makes the named chain the zone's leading chain (首位产业). */
    public void leadingChain(UUID zoneId, String chain) {
        UUID chainId = chain(zoneId, chain, new HashMap<>());
        jdbc.sql("""
                insert into registry.settings (zone_id, leading_chain_id) values (:zone, :chain)
                on conflict (zone_id) do update set leading_chain_id = excluded.leading_chain_id
                """).param("zone", zoneId).param("chain", chainId).update();
    }

    private UUID insert(UUID zoneId, List<String> cells, Map<String, Integer> columns, Map<String, UUID> chains) {
        UUID id = UUID.randomUUID();
        String chain = cell(cells, columns, "chain");
        String since = cell(cells, columns, "aboveScaleSince");
        String registered = cell(cells, columns, "registeredOn");
        String emerging = cell(cells, columns, "emergingCategory");
        jdbc.sql("""
                insert into registry.enterprise (zone_id, id, credit_code, name, industry_code, chain_id,
                    emerging_category, scale, above_scale_since, registered_on, exempt_reason)
                values (:zone, :id, :code, :name, :industry, :chain, :emerging, :scale, :since, :registered, :exempt)
                """)
                .param("zone", zoneId)
                .param("id", id)
                .param("code", cell(cells, columns, "creditCode"))
                .param("name", cell(cells, columns, "name"))
                .param("industry", blankToNull(cell(cells, columns, "industryCode")))
                .param("chain", chain.isEmpty() ? null : chain(zoneId, chain, chains))
                .param(
                        "emerging",
                        emerging.isEmpty()
                                ? null
                                : EmergingCategory.parse(emerging).orElseThrow().name())
                .param(
                        "scale",
                        Scale.parse(cell(cells, columns, "scale"))
                                .orElse(Scale.BELOW)
                                .name())
                .param(
                        "since",
                        since.isEmpty()
                                ? null
                                : Date.valueOf(YearMonth.parse(since).atDay(1)))
                .param("registered", registered.isEmpty() ? null : Date.valueOf(LocalDate.parse(registered)))
                .param("exempt", blankToNull(cell(cells, columns, "exemptReason")))
                .update();
        String land = cell(cells, columns, "landM2");
        if (!land.isEmpty()) {
            jdbc.sql("""
                    insert into registry.land_parcel (zone_id, id, enterprise_id, area_m2, land_use, tenure, imported)
                    values (:zone, :id, :enterprise, :area, 'INDUSTRIAL', 'OWNED', true)
                    """)
                    .param("zone", zoneId)
                    .param("id", UUID.randomUUID())
                    .param("enterprise", id)
                    .param("area", new BigDecimal(land))
                    .update();
        }
        return id;
    }

    private UUID chain(UUID zoneId, String name, Map<String, UUID> cache) {
        return cache.computeIfAbsent(
                name,
                n -> jdbc.sql("""
                        insert into registry.chain (zone_id, id, name) values (:zone, :id, :name)
                        on conflict (zone_id, name) do update set name = excluded.name
                        returning id
                        """)
                        .param("zone", zoneId)
                        .param("id", UUID.randomUUID())
                        .param("name", n)
                        .query(UUID.class)
                        .single());
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String key) {
        Integer index = columns.get(key);
        return index == null || index >= cells.size() || cells.get(index) == null
                ? ""
                : cells.get(index).strip();
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
