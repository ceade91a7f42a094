package com.parkops.indicators.domain;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The temporary table {@code ind_stage} that receives an import's rows through PostgreSQL's COPY
 * protocol on the transaction's own connection, in chunks of about 1 MiB, so rows flow from the
 * uploaded file to the database without collecting in memory. Dropped at commit or rollback.
 * Columns: {@code row_no, credit_code, period, v0 … v(n-1)} in the header's indicator order.
 */
final class StagingTable implements AutoCloseable {

    private static final int FLUSH_BYTES = 1 << 20;

    private final CopyIn copy;
    private final int width;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_BYTES + 4096);
    private final StringBuilder line = new StringBuilder(256);
    private long rows;

    private StagingTable(CopyIn copy, int width) {
        this.copy = copy;
        this.width = width;
    }

    /** Creates the table for {@code width} indicator columns and opens the COPY into it. */
    static StagingTable open(JdbcClient jdbc, DataSource dataSource, int width) {
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < width; i++) {
            columns.append(", v").append(i).append(" numeric");
        }
        jdbc.sql("drop table if exists pg_temp.ind_stage").update();
        jdbc.sql("create temp table ind_stage (row_no integer not null, credit_code text not null,"
                        + " period date not null" + columns + ") on commit drop")
                .update();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy =
                    connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy pg_temp.ind_stage from stdin");
            return new StagingTable(copy, width);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot start COPY into the staging table", e);
        }
    }

    /** Queues one row; a null value is "not reported". */
    void add(int rowNumber, String creditCode, LocalDate period, BigDecimal[] values) {
        line.setLength(0);
        line.append(rowNumber).append('\t').append(creditCode).append('\t').append(period);
        for (int i = 0; i < width; i++) {
            line.append('\t').append(values[i] == null ? "\\N" : values[i].toPlainString());
        }
        line.append('\n');
        byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
        buffer.write(bytes, 0, bytes.length);
        rows++;
        if (buffer.size() >= FLUSH_BYTES) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    /** Sends what is queued and ends the COPY. */
    void finish() {
        flush();
        try {
            copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into the staging table failed", e);
        }
    }

    /** Cancels an unfinished COPY so the connection can roll back cleanly. */
    @Override
    public void close() {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException ignored) {
                // the transaction is rolled back anyway
            }
        }
    }

    private void flush() {
        if (buffer.size() == 0) {
            return;
        }
        try {
            copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into the staging table failed", e);
        }
        buffer.reset();
    }
}
