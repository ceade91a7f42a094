package com.parkops.bench;

import java.io.StringWriter;
import java.sql.Connection;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/** Registers the benchmark's enterprises in bulk (COPY), with chains and land, like a registry import would. */
final class BenchRegistry {

    private static final String[] CHAINS = {"新能源新材料", "循环经济", "食品医药", "装备制造", "电子信息", "纺织服装"};

    private BenchRegistry() {}

    static void register(DataSource dataSource, UUID zone, int enterprises) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            UUID[] chains = new UUID[CHAINS.length];
            try (var insert =
                    connection.prepareStatement("insert into registry.chain (zone_id, id, name) values (?, ?, ?)")) {
                for (int i = 0; i < CHAINS.length; i++) {
                    chains[i] = UUID.randomUUID();
                    insert.setObject(1, zone);
                    insert.setObject(2, chains[i]);
                    insert.setString(3, CHAINS[i]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            StringWriter companies = new StringWriter();
            StringWriter parcels = new StringWriter();
            for (int e = 0; e < enterprises; e++) {
                UUID id = UUID.randomUUID();
                companies.append(zone + "\t" + id + "\t" + BenchFile.creditCode(e) + "\t基准企业" + e + "\t"
                        + chains[e % chains.length] + "\t" + (e % 3 == 0 ? "ABOVE" : "BELOW") + "\n");
                parcels.append(zone + "\t" + UUID.randomUUID() + "\t" + id + "\t" + (2000 + (e % 97) * 500) + "\n");
            }
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(
                    "copy registry.enterprise (zone_id, id, credit_code, name, chain_id, scale) from stdin",
                    new java.io.StringReader(companies.toString()));
            copy.copyIn(
                    "copy registry.land_parcel (zone_id, id, enterprise_id, area_m2) from stdin",
                    new java.io.StringReader(parcels.toString()));
            connection.commit();
        }
    }
}
