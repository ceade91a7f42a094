package com.parkops.investment.domain;

import com.parkops.investment.CapitalSource;
import com.parkops.investment.InvestmentSettings;
import com.parkops.investment.PipelineQueries;
import com.parkops.investment.ProjectEvent;
import com.parkops.investment.ProjectFilter;
import com.parkops.investment.ProjectPage;
import com.parkops.investment.ProjectView;
import com.parkops.investment.Stage;
import com.parkops.registry.EnterpriseQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The pipeline as staff read it, with the 5020 label from the zone's current thresholds. */
@Service
@Transactional(readOnly = true)
class ProjectReads implements PipelineQueries {

    static final String SELECT = """
            select p.id, p.code, p.name, p.investor, p.investor_country, p.investor_contact, p.capital_source,
                   p.currency, p.amount, p.usd_rate, p.chain, p.stage, p.closed_as, p.closed_reason, p.team_id,
                   t.name as team_name, p.owner_name, p.niche_leader, p.listed_company, p.land_mu,
                   p.funds_in_place, p.note, p.credit_code, p.version, %s
            from investment.project p
            left join investment.team t on t.zone_id = p.zone_id and t.id = p.team_id
            """.formatted(StageColumns.all());

    private final JdbcClient jdbc;
    private final InvestmentSettingsStore settings;
    private final EnterpriseQueries registry;

    ProjectReads(JdbcClient jdbc, InvestmentSettingsStore settings, EnterpriseQueries registry) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.registry = registry;
    }

    @Override
    public ProjectPage search(UUID zoneId, ProjectFilter filter, int page, int size) {
        InvestmentSettings zone = settings.settings(zoneId);
        ProjectSearch search = new ProjectSearch(zoneId, filter, zone);
        long total = search.bind(jdbc.sql("select count(*) from investment.project p " + search.where()))
                .query(Long.class)
                .single();
        List<ProjectView> items = search.bind(
                        jdbc.sql(SELECT + search.where() + " order by p.code limit :limit offset :offset"))
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> view(rs, zone))
                .list();
        return new ProjectPage(items, page, size, total);
    }

    @Override
    public List<ProjectView> all(UUID zoneId, ProjectFilter filter) {
        InvestmentSettings zone = settings.settings(zoneId);
        ProjectSearch search = new ProjectSearch(zoneId, filter, zone);
        return search.bind(jdbc.sql(SELECT + search.where() + " order by p.code"))
                .query((rs, n) -> view(rs, zone))
                .list();
    }

    @Override
    public Optional<ProjectView> find(UUID zoneId, UUID projectId) {
        InvestmentSettings zone = settings.settings(zoneId);
        return jdbc.sql(SELECT + " where p.zone_id = :zone and p.id = :id")
                .param("zone", zoneId)
                .param("id", projectId)
                .query((rs, n) -> view(rs, zone))
                .optional();
    }

    Optional<ProjectView> findByCode(UUID zoneId, String code) {
        InvestmentSettings zone = settings.settings(zoneId);
        return jdbc.sql(SELECT + " where p.zone_id = :zone and p.code = :code")
                .param("zone", zoneId)
                .param("code", code)
                .query((rs, n) -> view(rs, zone))
                .optional();
    }

    @Override
    public List<ProjectEvent> events(UUID zoneId, UUID projectId) {
        return jdbc.sql("""
                        select seq, kind, from_stage, to_stage, on_date, reason, actor, at
                        from investment.project_event where zone_id = :zone and project_id = :id order by seq
                        """)
                .param("zone", zoneId)
                .param("id", projectId)
                .query((rs, n) -> new ProjectEvent(
                        rs.getInt("seq"),
                        rs.getString("kind"),
                        stage(rs.getString("from_stage")),
                        stage(rs.getString("to_stage")),
                        rs.getObject("on_date", LocalDate.class),
                        rs.getString("reason"),
                        rs.getString("actor"),
                        rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list();
    }

    @Override
    public List<String> chains(UUID zoneId) {
        TreeSet<String> names = new TreeSet<>(registry.chains(zoneId));
        names.addAll(
                jdbc.sql("select distinct chain from investment.project where zone_id = :zone and chain is not null")
                        .param("zone", zoneId)
                        .query(String.class)
                        .list());
        return List.copyOf(names);
    }

    private static Stage stage(String name) {
        return name == null ? null : Stage.valueOf(name);
    }

    static ProjectView view(ResultSet rs, InvestmentSettings zone) throws SQLException {
        Map<Stage, LocalDate> dates = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            LocalDate on = rs.getObject(StageColumns.of(stage), LocalDate.class);
            if (on != null) {
                dates.put(stage, on);
            }
        }
        CapitalSource source = CapitalSource.valueOf(rs.getString("capital_source"));
        var amount = rs.getBigDecimal("amount");
        return new ProjectView(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("investor"),
                rs.getString("investor_country"),
                rs.getString("investor_contact"),
                source,
                rs.getString("currency"),
                amount,
                rs.getBigDecimal("usd_rate"),
                JdbcInvestmentProjects.amountWan(amount, rs.getString("currency"), rs.getBigDecimal("usd_rate")),
                rs.getString("chain"),
                Stage.valueOf(rs.getString("stage")),
                rs.getString("closed_as"),
                rs.getString("closed_reason"),
                rs.getObject("team_id", UUID.class),
                rs.getString("team_name"),
                rs.getString("owner_name"),
                rs.getBoolean("niche_leader"),
                rs.getBoolean("listed_company"),
                zone.is5020(source, amount),
                rs.getBigDecimal("land_mu"),
                rs.getBigDecimal("funds_in_place"),
                rs.getString("note"),
                rs.getString("credit_code"),
                dates,
                rs.getInt("version"));
    }
}
