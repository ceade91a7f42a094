package com.parkops.evaluation.domain;

import com.parkops.evaluation.EvaluationLetters;
import com.parkops.evaluation.EvaluationPolicies;
import com.parkops.evaluation.EvaluationResult;
import com.parkops.evaluation.EvaluationRun;
import com.parkops.shared.db.StreamingJdbc;
import com.parkops.zone.Zones;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Result letters from the stored results of a run. A run's letters are written one at a time
 * while its results are read through a cursor, so a large run is never held in memory.
 */
@Service
class JdbcEvaluationLetters implements EvaluationLetters {

    private final RunStore store;
    private final StreamingJdbc streaming;
    private final JdbcClient jdbc;
    private final EvaluationPolicies policies;
    private final Zones zones;
    private final MessageSource messages;

    JdbcEvaluationLetters(
            RunStore store,
            StreamingJdbc streaming,
            JdbcClient jdbc,
            EvaluationPolicies policies,
            Zones zones,
            MessageSource messages) {
        this.store = store;
        this.streaming = streaming;
        this.jdbc = jdbc;
        this.policies = policies;
        this.zones = zones;
        this.messages = messages;
    }

    @Override
    public Optional<EvaluationResult> result(UUID zoneId, UUID runId, String creditCode) {
        return jdbc.sql(RunStore.RESULT_SELECT + " where zone_id = :zone and run_id = :run and credit_code = :code")
                .param("zone", zoneId)
                .param("run", runId)
                .param("code", creditCode)
                .query(store::result)
                .optional();
    }

    @Override
    public void write(UUID zoneId, EvaluationRun run, EvaluationResult result, Locale locale, OutputStream out) {
        List<LetterDecision> decisions =
                decisions(zoneId, run.id(), result.enterpriseId()).getOrDefault(result.enterpriseId(), List.of());
        ResultLetter.write(context(zoneId, run, locale), result, decisions, out);
    }

    @Override
    @Transactional(readOnly = true)
    public int writeAll(UUID zoneId, EvaluationRun run, Locale locale, ZipOutputStream zip) {
        LetterContext context = context(zoneId, run, locale);
        Map<UUID, List<LetterDecision>> decisions = decisions(zoneId, run.id(), null);
        int[] written = {0};
        streaming.query(
                RunStore.RESULT_SELECT + " where zone_id = :zone and run_id = :run" + RunStore.RESULT_ORDER,
                Map.of("zone", zoneId, "run", run.id()),
                rs -> {
                    EvaluationResult result = store.result(rs, written[0]);
                    try {
                        zip.putNextEntry(new ZipEntry(EvaluationLetters.fileName(result)));
                        ResultLetter.write(
                                context,
                                result,
                                decisions.getOrDefault(result.enterpriseId(), List.of()),
                                CloseShieldOutputStream.wrap(zip));
                        zip.closeEntry();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    written[0]++;
                });
        return written[0];
    }

    private LetterContext context(UUID zoneId, EvaluationRun run, Locale locale) {
        String zoneName = zones.find(zoneId).map(Zones.Zone::name).orElse("");
        return new LetterContext(
                new LetterText(messages, locale), zoneName, run, policies.table(zoneId), zones.today(zoneId));
    }

    /**
     * The vetoes and manual adjustments (调档) of the run, per enterprise, oldest first; of one
     * enterprise when {@code enterpriseId} is given.
     */
    private Map<UUID, List<LetterDecision>> decisions(UUID zoneId, UUID runId, UUID enterpriseId) {
        Map<UUID, List<LetterDecision>> decisions = new HashMap<>();
        jdbc.sql("""
                select enterprise_id, kind, code, steps, reason, approver from evaluation.decision
                where zone_id = :zone and run_id = :run and kind in ('VETO', 'ADJUST')
                  and (cast(:enterprise as uuid) is null or enterprise_id = :enterprise)
                order by decided_at, id
                """)
                .param("zone", zoneId)
                .param("run", runId)
                .param("enterprise", enterpriseId)
                .query(rs -> {
                    decisions
                            .computeIfAbsent(rs.getObject("enterprise_id", UUID.class), k -> new ArrayList<>())
                            .add(new LetterDecision(
                                    rs.getString("kind"),
                                    rs.getString("code"),
                                    rs.getInt("steps"),
                                    rs.getString("reason"),
                                    rs.getString("approver")));
                });
        return decisions;
    }
}
