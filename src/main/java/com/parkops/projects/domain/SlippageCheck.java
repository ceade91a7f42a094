package com.parkops.projects.domain;

import com.parkops.investment.InvestmentProjects;
import com.parkops.investment.ProjectInfo;
import com.parkops.zone.Zones;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily slippage check ({@code parkops.projects.slippage-cron}, 06:30 by default; {@code -}
 * switches it off): every open node past its planned date is published as slipped, with the days
 * late as of the zone's today. Runs under a transaction-scoped PostgreSQL advisory lock, so with
 * several instances only one publishes.
 */
@Service
class SlippageCheck {

    private static final Logger LOG = LoggerFactory.getLogger(SlippageCheck.class);

    private final JdbcClient jdbc;
    private final Zones zones;
    private final ScheduleStore store;
    private final ScheduleViews views;
    private final InvestmentProjects projects;
    private final Slippage slippage;
    private final TransactionTemplate transactions;

    SlippageCheck(
            JdbcClient jdbc,
            Zones zones,
            ScheduleStore store,
            ScheduleViews views,
            InvestmentProjects projects,
            Slippage slippage,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.zones = zones;
        this.store = store;
        this.views = views;
        this.projects = projects;
        this.slippage = slippage;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(cron = "${parkops.projects.slippage-cron:0 30 6 * * *}")
    void run() {
        int published = check();
        if (published > 0) {
            LOG.info("project slippage: {} late nodes reported", published);
        }
    }

    /** Publishes every open overdue node of every zone; the number published (0 when another instance runs it). */
    int check() {
        Integer done = transactions.execute(tx -> {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtext('projects'), hashtext('slippage'))")
                    .query(Boolean.class)
                    .single();
            if (!locked) {
                LOG.info("project slippage: another instance is running it");
                return 0;
            }
            int count = 0;
            for (Zones.Zone zone : zones.all()) {
                LocalDate today = views.today(zone.id());
                Map<UUID, Optional<ProjectInfo>> seen = new HashMap<>();
                for (StoredNode node : store.openOverdue(zone.id(), today)) {
                    Optional<ProjectInfo> project =
                            seen.computeIfAbsent(node.projectId(), id -> projects.find(zone.id(), id));
                    if (project.isPresent()
                            && project.get().closedAs() == null
                            && slippage.observe(zone.id(), project.get(), node, today)) {
                        count++;
                    }
                }
            }
            return count;
        });
        return done == null ? 0 : done;
    }
}
