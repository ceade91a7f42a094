package com.parkops.demo;

import com.parkops.investment.ContractRegister;
import com.parkops.investment.ContractRegister.Contract;
import com.parkops.investment.ContractRegister.ContractData;
import com.parkops.investment.PipelineCommands;
import com.parkops.investment.PipelineQueries;
import com.parkops.investment.ProjectFilter;
import com.parkops.investment.ProjectView;
import com.parkops.investment.PromiseTracking;
import com.parkops.investment.PromiseTracking.Comparison;
import com.parkops.investment.PromiseTracking.PromiseRow;
import com.parkops.investment.Stage;
import com.parkops.registry.EnterpriseProfile;
import com.parkops.registry.Enterprises;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The demo's contracts, after {@link DemoInvestment} has built the pipeline: every producing project
 * (投产 or 达产) is linked to a registry enterprise of its chain that has full-year figures for the
 * latest complete year, gets its signed contract, and promises set around what the enterprise
 * actually reached, so promise tracking shows kept promises and some that fall short (one in three
 * projects below 70 % on tax per mu).
 */
@Component
class DemoContracts {

    /** Actual ÷ promised per project, in turn: tax per mu, output, investment intensity. */
    private static final double[][] REACHED = {
        {1.12, 1.05, 0.96}, {0.58, 0.83, 0.91}, {0.88, 1.21, 1.02}, {0.93, 0.64, 0.75}, {0.46, 0.52, 0.68}
    };

    private static final int MAX_TRIES = 12;

    private final PipelineQueries queries;
    private final PipelineCommands commands;
    private final ContractRegister contracts;
    private final PromiseTracking promises;
    private final Enterprises enterprises;

    DemoContracts(
            PipelineQueries queries,
            PipelineCommands commands,
            ContractRegister contracts,
            PromiseTracking promises,
            Enterprises enterprises) {
        this.queries = queries;
        this.commands = commands;
        this.contracts = contracts;
        this.promises = promises;
        this.enterprises = enterprises;
    }

    /** Returns how many producing projects could be compared with their enterprise's figures. */
    int load(UUID zoneId, String actor, LocalDate today) {
        List<ProjectView> producing = queries.all(zoneId, ProjectFilter.any()).stream()
                .filter(p -> p.stage().reached(Stage.IN_PRODUCTION) && !"LOST".equals(p.closedAs()))
                .sorted(Comparator.comparing(ProjectView::code))
                .toList();
        List<EnterpriseProfile> candidates = new ArrayList<>();
        enterprises.forEach(zoneId, e -> {
            if (e.landMu() != null && e.landMu().signum() > 0 && e.exemptReason() == null) {
                candidates.add(e);
            }
        });
        candidates.sort(Comparator.comparing(EnterpriseProfile::creditCode));
        int year = promises.latestCompleteYear(zoneId);
        Set<String> taken = new HashSet<>();
        int compared = 0;
        for (int i = 0; i < producing.size(); i++) {
            ProjectView project = producing.get(i);
            Contract contract = contracts.save(zoneId, project.id(), contract(project, today), actor);
            Optional<PromiseRow> row = link(zoneId, actor, project, candidates, taken, year);
            if (row.isPresent()) {
                contracts.save(zoneId, project.id(), promised(contract, row.get(), REACHED[i % REACHED.length]), actor);
                compared++;
            }
        }
        return compared;
    }

    /** Links the project to the first free enterprise of its chain (then of any chain) with figures for the year. */
    private Optional<PromiseRow> link(
            UUID zoneId,
            String actor,
            ProjectView project,
            List<EnterpriseProfile> candidates,
            Set<String> taken,
            int year) {
        List<EnterpriseProfile> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparing(e -> !Objects.equals(e.chain(), project.chain())));
        int tries = 0;
        for (EnterpriseProfile enterprise : ordered) {
            if (tries++ >= MAX_TRIES) {
                break;
            }
            if (!taken.add(enterprise.creditCode())) {
                continue;
            }
            int version = queries.find(zoneId, project.id()).orElseThrow().version();
            commands.linkEnterprise(zoneId, actor, project.id(), enterprise.creditCode(), version);
            Optional<PromiseRow> row = promises.report(zoneId, year).rows().stream()
                    .filter(r -> r.projectId().equals(project.id()) && r.gap() == null)
                    .findFirst();
            if (row.isPresent()) {
                return row;
            }
        }
        return Optional.empty();
    }

    private static ContractData contract(ProjectView project, LocalDate today) {
        LocalDate signed = project.stageDates().getOrDefault(Stage.SIGNED, today);
        LocalDate started = project.stageDates().getOrDefault(Stage.STARTED, signed.plusDays(60));
        LocalDate production = project.stageDates().getOrDefault(Stage.IN_PRODUCTION, started.plusDays(180));
        return new ContractData(
                "HT-" + project.code(),
                signed,
                project.investor(),
                project.amount(),
                project.landMu(),
                null,
                null,
                null,
                started,
                production.isBefore(started) ? started : production,
                "投资协议及补充协议",
                null);
    }

    /** The contract with promises set so that the actual figures reach the given shares of them. */
    private static ContractData promised(Contract contract, PromiseRow row, double[] reached) {
        return new ContractData(
                contract.contractNo(),
                contract.signedOn(),
                contract.investor(),
                contract.amount(),
                contract.landMu(),
                promise(row.intensity(), reached[2]),
                promise(row.taxPerMu(), reached[0]),
                promise(row.output(), reached[1]),
                contract.plannedStartOn(),
                contract.plannedProductionOn(),
                contract.note(),
                contract.version());
    }

    /** Actual ÷ share, rounded as a contract would state it (whole numbers from 10 on, 2 decimals below 1); null without an actual. */
    private static BigDecimal promise(Comparison comparison, double share) {
        if (comparison == null
                || comparison.actual() == null
                || comparison.actual().signum() <= 0) {
            return null;
        }
        BigDecimal value = comparison.actual().divide(BigDecimal.valueOf(share), 6, RoundingMode.HALF_UP);
        int scale = value.compareTo(BigDecimal.TEN) >= 0 ? 0 : value.compareTo(BigDecimal.ONE) >= 0 ? 1 : 2;
        BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP).setScale(2, RoundingMode.HALF_UP);
        return rounded.signum() > 0 ? rounded : new BigDecimal("0.10");
    }
}
