package com.parkops.indicators.domain;

import com.parkops.indicators.Basis;
import com.parkops.indicators.SubmissionFinding;
import com.parkops.indicators.SubmissionStatus;
import com.parkops.indicators.SubmissionView;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Maps rows of {@code indicators.submission} and their JSON columns. */
@Component
class SubmissionRows {

    static final TypeReference<TreeMap<String, BigDecimal>> FIGURES = new TypeReference<>() {};
    static final TypeReference<TreeMap<String, String>> TEXTS = new TypeReference<>() {};
    static final TypeReference<List<SubmissionFinding>> FINDINGS = new TypeReference<>() {};

    private final ObjectMapper json;

    SubmissionRows(ObjectMapper json) {
        this.json = json;
    }

    Submission.State state(ResultSet rs) throws SQLException {
        return new Submission.State(
                rs.getObject("id", UUID.class),
                rs.getObject("enterprise_id", UUID.class),
                YearMonth.from(rs.getDate("period").toLocalDate()),
                Basis.valueOf(rs.getString("basis")),
                SubmissionStatus.valueOf(rs.getString("status")),
                read(rs.getString("figures"), FIGURES),
                read(rs.getString("findings"), FINDINGS),
                rs.getString("explanation"),
                read(rs.getString("explanations"), TEXTS),
                rs.getString("return_reason"),
                rs.getInt("version"));
    }

    /** A row joined with the enterprise's {@code credit_code} and {@code enterprise_name}. */
    SubmissionView view(ResultSet rs) throws SQLException {
        Submission.State state = state(rs);
        return new SubmissionView(
                state.id(),
                state.enterpriseId(),
                rs.getString("credit_code"),
                rs.getString("enterprise_name"),
                state.period(),
                state.basis(),
                state.status(),
                state.figures(),
                state.findings(),
                state.explanation(),
                state.explanations(),
                state.returnReason(),
                rs.getString("submitted_by"),
                instant(rs, "submitted_at"),
                rs.getString("decided_by"),
                instant(rs, "decided_at"),
                state.version());
    }

    <T> T read(String text, TypeReference<T> type) {
        return text == null ? null : json.readValue(text, type);
    }

    /** JSON text of a value, or null for null. */
    String write(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
