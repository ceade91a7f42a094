package com.parkops.shared.db;

import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Queries whose rows are fetched from PostgreSQL in batches instead of all at once. The driver
 * only uses a cursor inside a transaction, so callers must be {@code @Transactional}.
 */
@Component
public class StreamingJdbc {

    private static final int FETCH_SIZE = 500;

    private final NamedParameterJdbcTemplate jdbc;

    public StreamingJdbc(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(template);
    }

    public void query(String sql, Map<String, ?> params, RowCallbackHandler handler) {
        jdbc.query(sql, params, handler);
    }
}
