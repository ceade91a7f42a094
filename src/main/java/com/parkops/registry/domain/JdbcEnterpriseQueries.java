package com.parkops.registry.domain;

import com.parkops.registry.Enterprise;
import com.parkops.registry.EnterpriseFilter;
import com.parkops.registry.EnterprisePage;
import com.parkops.registry.EnterpriseQueries;
import com.parkops.registry.LandParcel;
import com.parkops.registry.PatentCount;
import com.parkops.registry.Qualification;
import com.parkops.registry.RegistrySettings;
import com.parkops.registry.ScaleEvent;
import com.parkops.shared.CreditCode;
import com.parkops.shared.db.StreamingJdbc;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JdbcEnterpriseQueries implements EnterpriseQueries {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final StreamingJdbc streaming;
    private final QualificationStore qualifications;
    private final ParcelStore parcels;
    private final HistoryStore history;
    private final ChainStore chains;
    private final SettingsStore settings;
    private final ZoneCalendar calendar;

    JdbcEnterpriseQueries(
            JdbcClient jdbc,
            StreamingJdbc streaming,
            QualificationStore qualifications,
            ParcelStore parcels,
            HistoryStore history,
            ChainStore chains,
            SettingsStore settings,
            ZoneCalendar calendar) {
        this.jdbc = jdbc;
        this.streaming = streaming;
        this.qualifications = qualifications;
        this.parcels = parcels;
        this.history = history;
        this.chains = chains;
        this.settings = settings;
        this.calendar = calendar;
    }

    @Override
    public EnterprisePage search(UUID zoneId, EnterpriseFilter filter, int page, int size) {
        Context context = context(zoneId);
        SearchCriteria criteria = SearchCriteria.of(zoneId, filter, context.today(), context.alertDays());
        long total = jdbc.sql("select count(*) from registry.enterprise_profile p" + criteria.where())
                .params(criteria.params())
                .query(Long.class)
                .single();
        List<Enterprise> rows = jdbc.sql(EnterpriseRows.SELECT + criteria.where()
                        + " order by p.name, p.credit_code limit :limit offset :offset")
                .params(criteria.params())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> EnterpriseRows.map(rs))
                .list();
        return new EnterprisePage(withQualifications(zoneId, rows, context), page, size, total);
    }

    @Override
    public void forEachMatching(UUID zoneId, EnterpriseFilter filter, Consumer<Enterprise> action) {
        Context context = context(zoneId);
        SearchCriteria criteria = SearchCriteria.of(zoneId, filter, context.today(), context.alertDays());
        List<Enterprise> chunk = new ArrayList<>(CHUNK);
        streaming.query(
                EnterpriseRows.SELECT + criteria.where() + " order by p.name, p.credit_code", criteria.params(), rs -> {
                    chunk.add(EnterpriseRows.map(rs));
                    if (chunk.size() == CHUNK) {
                        withQualifications(zoneId, chunk, context).forEach(action);
                        chunk.clear();
                    }
                });
        withQualifications(zoneId, chunk, context).forEach(action);
    }

    @Override
    public Optional<Enterprise> find(UUID zoneId, String creditCode) {
        return one(zoneId, " where p.zone_id = :zone and p.credit_code = :key", CreditCode.normalize(creditCode));
    }

    @Override
    public Optional<Enterprise> findById(UUID zoneId, UUID id) {
        return one(zoneId, " where p.zone_id = :zone and p.id = :key", id);
    }

    @Override
    public List<LandParcel> parcels(UUID zoneId, UUID enterpriseId) {
        return parcels.list(zoneId, enterpriseId);
    }

    @Override
    public List<PatentCount> patents(UUID zoneId, UUID enterpriseId) {
        return history.patents(zoneId, enterpriseId);
    }

    @Override
    public List<ScaleEvent> scaleEvents(UUID zoneId, UUID enterpriseId) {
        return history.scaleEvents(zoneId, enterpriseId);
    }

    @Override
    public List<String> chains(UUID zoneId) {
        return chains.names(zoneId);
    }

    @Override
    public RegistrySettings settings(UUID zoneId) {
        return settings.find(zoneId);
    }

    /** The enterprises with the given credit codes, without their qualifications (for imports). */
    Map<String, Enterprise> withoutQualifications(UUID zoneId, Collection<String> creditCodes) {
        Map<String, Enterprise> found = new HashMap<>();
        List<String> codes = List.copyOf(creditCodes);
        for (int from = 0; from < codes.size(); from += 1000) {
            jdbc.sql(EnterpriseRows.SELECT + " where p.zone_id = :zone and p.credit_code in (:codes)")
                    .param("zone", zoneId)
                    .param("codes", codes.subList(from, Math.min(codes.size(), from + 1000)))
                    .query((rs, n) -> EnterpriseRows.map(rs))
                    .list()
                    .forEach(e -> found.put(e.creditCode(), e));
        }
        return found;
    }

    private Optional<Enterprise> one(UUID zoneId, String where, Object key) {
        if (key == null || (key instanceof String text && text.isBlank())) {
            return Optional.empty();
        }
        Optional<Enterprise> found = jdbc.sql(EnterpriseRows.SELECT + where)
                .param("zone", zoneId)
                .param("key", key)
                .query((rs, n) -> EnterpriseRows.map(rs))
                .optional();
        return found.map(
                e -> withQualifications(zoneId, List.of(e), context(zoneId)).get(0));
    }

    private List<Enterprise> withQualifications(UUID zoneId, List<Enterprise> rows, Context context) {
        Map<UUID, List<Qualification>> held = qualifications.byEnterprise(
                zoneId, rows.stream().map(Enterprise::id).toList(), context.today(), context.alertDays());
        return rows.stream()
                .map(e -> EnterpriseRows.withQualifications(e, held.getOrDefault(e.id(), List.of())))
                .toList();
    }

    private Context context(UUID zoneId) {
        return new Context(calendar.today(zoneId), settings.find(zoneId).qualificationAlertDays());
    }

    private record Context(LocalDate today, int alertDays) {}
}
