package com.parkops.projects.domain;

import com.parkops.investment.InvestmentProjects;
import com.parkops.investment.ProjectInfo;
import com.parkops.investment.Stage;
import com.parkops.projects.LandAllocation;
import com.parkops.projects.LandAllocationData;
import com.parkops.projects.LandDecision;
import com.parkops.projects.LandQuotas;
import com.parkops.projects.LandRequest;
import com.parkops.projects.LandRequestData;
import com.parkops.projects.LandState;
import com.parkops.projects.LandSummary;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Land-quota requests through their guarded states, each write audited in its transaction. */
@Service
class LandService implements LandQuotas {

    static final String ENTITY = "land-request";

    private final LandStore store;
    private final LandFigures figures;
    private final LandChecks checks;
    private final LandMessages messages;
    private final InvestmentProjects projects;
    private final AuditLog audit;
    private final Zones zones;
    private final Clock clock;

    LandService(
            LandStore store,
            LandFigures figures,
            LandChecks checks,
            LandMessages messages,
            InvestmentProjects projects,
            AuditLog audit,
            Zones zones,
            Clock clock) {
        this.store = store;
        this.figures = figures;
        this.checks = checks;
        this.messages = messages;
        this.projects = projects;
        this.audit = audit;
        this.zones = zones;
        this.clock = clock;
    }

    @Override
    public List<LandRequest> list(UUID zoneId, Integer year) {
        Map<UUID, ProjectInfo> byId = projects.reached(zoneId, Stage.LEAD).stream()
                .collect(Collectors.toMap(ProjectInfo::id, Function.identity()));
        return store.list(zoneId, year).stream()
                .map(row -> view(row, Optional.ofNullable(byId.get(row.projectId()))))
                .toList();
    }

    @Override
    public Optional<LandRequest> find(UUID zoneId, UUID requestId) {
        return store.find(zoneId, requestId).map(row -> view(row, projects.find(zoneId, row.projectId())));
    }

    @Override
    @Transactional
    public LandRequest request(ZoneUser user, LandRequestData data) {
        messages.refuse(checks.request(user.zoneId(), data, today(user)));
        UUID id = UUID.randomUUID();
        store.insert(user.zoneId(), id, data, user.getUsername(), clock.instant());
        LandRequest created = find(user.zoneId(), id).orElseThrow();
        record(user, created, "create", Map.of(), snapshot(created));
        return created;
    }

    @Override
    @Transactional
    public LandRequest edit(ZoneUser user, UUID requestId, int version, LandRequestData data) {
        LandRequest before = current(user, requestId, version, LandQuota::checkEditable);
        messages.refuse(checks.request(user.zoneId(), data, today(user)));
        written(store.edit(user.zoneId(), requestId, version, data, clock.instant()));
        return recorded(user, requestId, "update", before);
    }

    @Override
    @Transactional
    public void delete(ZoneUser user, UUID requestId, int version) {
        LandRequest before = current(user, requestId, version, LandQuota::checkDeletable);
        written(store.delete(user.zoneId(), requestId, version));
        record(user, before, "delete", snapshot(before), Map.of());
    }

    @Override
    @Transactional
    public LandRequest decide(ZoneUser user, UUID requestId, int version, LandDecision decision) {
        LandRow row = row(user, requestId, version);
        LandState next = guarded(() -> row.quota().decide(decision.approvedMu() != null));
        messages.refuse(checks.decision(decision, row, today(user)));
        LandRequest before = view(row, projects.find(user.zoneId(), row.projectId()));
        written(store.decide(user.zoneId(), requestId, version, next, decision, clock.instant()));
        return recorded(user, requestId, next == LandState.APPROVED ? "approve" : "reject", before);
    }

    @Override
    @Transactional
    public LandRequest allocate(ZoneUser user, UUID requestId, int version, LandAllocationData data) {
        LandRow row = row(user, requestId, version);
        guarded(() -> row.quota().allocate(java.math.BigDecimal.ZERO));
        messages.refuse(checks.allocation(data, row, today(user)));
        LandState next = row.quota().allocate(data.mu());
        LandRequest before = view(row, projects.find(user.zoneId(), row.projectId()));
        written(store.moveTo(user.zoneId(), requestId, version, next, clock.instant()));
        store.insertAllocation(user.zoneId(), requestId, UUID.randomUUID(), data, user.getUsername(), clock.instant());
        return recorded(user, requestId, "allocate", before);
    }

    @Override
    @Transactional
    public LandRequest removeAllocation(ZoneUser user, UUID requestId, int version, UUID allocationId) {
        LandRow row = row(user, requestId, version);
        LandAllocation allocation = row.allocations().stream()
                .filter(a -> a.id().equals(allocationId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("allocation " + allocationId));
        LandState next = guarded(() -> row.quota().takeBack(allocation.mu()));
        LandRequest before = view(row, projects.find(user.zoneId(), row.projectId()));
        written(store.moveTo(user.zoneId(), requestId, version, next, clock.instant()));
        store.deleteAllocation(user.zoneId(), allocationId);
        return recorded(user, requestId, "remove-allocation", before);
    }

    @Override
    public LandSummary summary(UUID zoneId, int year) {
        return figures.summary(zoneId, year);
    }

    private LandRow row(ZoneUser user, UUID requestId, int version) {
        LandRow row = store.find(user.zoneId(), requestId)
                .orElseThrow(() -> new NotFoundException("land request " + requestId));
        if (row.version() != version) {
            throw messages.stale();
        }
        return row;
    }

    private LandRequest current(
            ZoneUser user, UUID requestId, int version, java.util.function.Consumer<LandQuota> guard) {
        LandRow row = row(user, requestId, version);
        guarded(() -> {
            guard.accept(row.quota());
            return null;
        });
        return view(row, projects.find(user.zoneId(), row.projectId()));
    }

    private <T> T guarded(Supplier<T> move) {
        try {
            return move.get();
        } catch (LandRefusal refusal) {
            throw messages.conflict(refusal);
        }
    }

    private void written(boolean done) {
        if (!done) {
            throw messages.stale();
        }
    }

    private LandRequest recorded(ZoneUser user, UUID requestId, String action, LandRequest before) {
        LandRequest after = find(user.zoneId(), requestId).orElseThrow();
        record(user, after, action, snapshot(before), snapshot(after));
        return after;
    }

    private void record(ZoneUser user, LandRequest request, String action, Map<String, ?> from, Map<String, ?> to) {
        String summary = (request.projectCode() == null ? "" : request.projectCode() + " ") + request.purpose();
        audit.record(new AuditEntry(
                user.zoneId(),
                user.getUsername(),
                ENTITY,
                request.id().toString(),
                action,
                summary,
                AuditEntry.diff(from, to)));
    }

    private static Map<String, Object> snapshot(LandRequest request) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("projectId", request.projectId());
        values.put("requestedMu", request.requestedMu());
        values.put("purpose", request.purpose());
        values.put("requestedOn", request.requestedOn());
        values.put("requestedBy", request.requestedBy());
        values.put("state", request.state().name());
        values.put("approvedMu", request.approvedMu());
        values.put("approver", request.approver());
        values.put("decidedOn", request.decidedOn());
        values.put("rejectionReason", request.rejectionReason());
        values.put("allocatedMu", request.allocatedMu());
        values.put("allocations", request.allocations().size());
        return values;
    }

    private LandRequest view(LandRow row, Optional<ProjectInfo> project) {
        var allocated = row.allocatedMu();
        return new LandRequest(
                row.id(),
                row.projectId(),
                project.map(ProjectInfo::code).orElse(null),
                project.map(ProjectInfo::name).orElse(null),
                row.requestedMu(),
                row.purpose(),
                row.requestedOn(),
                row.requestedBy(),
                row.state(),
                row.approvedMu(),
                row.approver(),
                row.decidedOn(),
                row.rejectionReason(),
                allocated,
                row.approvedMu() == null ? null : row.approvedMu().subtract(allocated),
                row.version(),
                row.allocations());
    }

    private LocalDate today(ZoneUser user) {
        return zones.today(user.zoneId());
    }
}
