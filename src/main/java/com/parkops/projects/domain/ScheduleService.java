package com.parkops.projects.domain;

import com.parkops.investment.InvestmentProjects;
import com.parkops.investment.ProjectInfo;
import com.parkops.investment.Stage;
import com.parkops.projects.Evidence;
import com.parkops.projects.EvidenceFile;
import com.parkops.projects.NodeTemplate;
import com.parkops.projects.NodeUpdate;
import com.parkops.projects.PlanDates;
import com.parkops.projects.Responsibility;
import com.parkops.projects.Schedule;
import com.parkops.projects.ScheduleFilter;
import com.parkops.projects.ScheduleNode;
import com.parkops.projects.ScheduleRow;
import com.parkops.projects.Schedules;
import com.parkops.projects.TemplateNode;
import com.parkops.projects.Upload;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Schedules: applying templates, plan dates, responsibility, and the list; node work in {@link NodeWork}. */
@Service
class ScheduleService implements Schedules {

    private final ScheduleStore store;
    private final TemplateService templates;
    private final InvestmentProjects projects;
    private final PlanInputs plans;
    private final ScheduleViews views;
    private final NodeWork nodes;
    private final Texts texts;
    private final Audit audit;
    private final Clock clock;

    ScheduleService(
            ScheduleStore store,
            TemplateService templates,
            InvestmentProjects projects,
            PlanInputs plans,
            ScheduleViews views,
            NodeWork nodes,
            Texts texts,
            Audit audit,
            Clock clock) {
        this.store = store;
        this.templates = templates;
        this.projects = projects;
        this.plans = plans;
        this.views = views;
        this.nodes = nodes;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<ScheduleRow> list(UUID zoneId, ScheduleFilter filter) {
        Map<UUID, StoredSchedule> heads =
                store.all(zoneId).stream().collect(Collectors.toMap(StoredSchedule::projectId, h -> h));
        Map<UUID, List<StoredNode>> byProject =
                store.allNodes(zoneId).stream().collect(Collectors.groupingBy(StoredNode::projectId));
        return projects.reached(zoneId, Stage.SIGNED).stream()
                .filter(p -> p.closedAs() == null || heads.containsKey(p.id()))
                .map(p -> {
                    StoredSchedule head = heads.get(p.id());
                    List<StoredNode> own = byProject.getOrDefault(p.id(), List.of());
                    Schedule schedule = head == null ? null : views.schedule(zoneId, p, head, own);
                    return new Listed(views.row(p, schedule), own);
                })
                .filter(listed -> matches(listed.row(), listed.nodes(), filter))
                .map(Listed::row)
                .toList();
    }

    private record Listed(ScheduleRow row, List<StoredNode> nodes) {}

    private static boolean matches(ScheduleRow row, List<StoredNode> nodes, ScheduleFilter filter) {
        if (filter.status() != null && row.status() != filter.status()) {
            return false;
        }
        if (filter.departmentId() != null) {
            return filter.departmentId().equals(row.leadDepartmentId())
                    || nodes.stream()
                            .anyMatch(n -> n.actualOn() == null
                                    && filter.departmentId().equals(n.departmentId()));
        }
        return true;
    }

    @Override
    public Optional<Schedule> find(UUID zoneId, UUID projectId) {
        return store.find(zoneId, projectId)
                .flatMap(head -> projects.find(zoneId, projectId)
                        .map(p -> views.schedule(zoneId, p, head, store.nodes(zoneId, projectId))));
    }

    @Override
    @Transactional
    public Schedule apply(ZoneUser user, UUID projectId, UUID templateId, PlanDates plan) {
        ProjectInfo project = signed(user.zoneId(), projectId);
        NodeTemplate template = templates
                .find(user.zoneId(), templateId)
                .orElseThrow(() -> texts.conflict("projects.error.noTemplate"));
        PlanDates dates = plans.complete(user.zoneId(), project, plan);
        if (!create(user.zoneId(), project, template, dates, user.getUsername())) {
            throw texts.conflict("projects.error.alreadyScheduled");
        }
        return find(user.zoneId(), projectId).orElseThrow();
    }

    @Override
    @Transactional
    public Optional<Schedule> applyDefault(UUID zoneId, UUID projectId, String actor) {
        Optional<NodeTemplate> template = templates.defaultTemplate(zoneId);
        Optional<ProjectInfo> project = projects.find(zoneId, projectId);
        if (template.isEmpty()
                || project.isEmpty()
                || store.find(zoneId, projectId).isPresent()) {
            return Optional.empty();
        }
        PlanDates dates = plans.complete(zoneId, project.get(), null);
        if (!create(zoneId, project.get(), template.get(), dates, actor)) {
            return Optional.empty();
        }
        return find(zoneId, projectId);
    }

    private boolean create(UUID zoneId, ProjectInfo project, NodeTemplate template, PlanDates plan, String actor) {
        StoredSchedule head =
                new StoredSchedule(project.id(), template.id(), template.name(), plan, null, null, null, 0);
        if (!store.insert(zoneId, head, actor, clock.instant())) {
            return false;
        }
        int position = 1;
        for (TemplateNode node : template.nodes()) {
            store.insertNode(
                    zoneId,
                    new StoredNode(
                            UUID.randomUUID(),
                            project.id(),
                            position++,
                            node.phase(),
                            node.name(),
                            node.departmentId(),
                            node.unit(),
                            node.base(),
                            node.offsetDays(),
                            plan.plannedOn(node.base(), node.offsetDays()),
                            false,
                            null,
                            null,
                            null,
                            null,
                            0,
                            0));
        }
        audit.record(
                zoneId,
                actor,
                "project-schedule",
                project.code(),
                "create",
                project.name(),
                Map.of(),
                Map.of(
                        "template",
                        template.name(),
                        "nodes",
                        template.nodes().size(),
                        "signedOn",
                        plan.signedOn(),
                        "plannedStart",
                        plan.plannedStart(),
                        "plannedProduction",
                        plan.plannedProduction()));
        return true;
    }

    @Override
    @Transactional
    public Schedule replan(ZoneUser user, UUID projectId, PlanDates plan, int version) {
        ProjectInfo project = signed(user.zoneId(), projectId);
        StoredSchedule head = head(user.zoneId(), projectId);
        PlanDates dates = plans.check(plan);
        if (!store.replan(user.zoneId(), projectId, dates, version, clock.instant())) {
            throw texts.stale();
        }
        audit.record(
                user.zoneId(),
                user.getUsername(),
                "project-schedule",
                project.code(),
                "replan",
                project.name(),
                plans.snapshot(head.plan()),
                plans.snapshot(dates));
        return find(user.zoneId(), projectId).orElseThrow();
    }

    @Override
    @Transactional
    public Schedule assign(ZoneUser user, UUID projectId, Responsibility who) {
        ProjectInfo project = signed(user.zoneId(), projectId);
        StoredSchedule head = head(user.zoneId(), projectId);
        Responsibility checked = plans.check(user.zoneId(), who);
        if (who.version() == null || !store.assign(user.zoneId(), projectId, checked, clock.instant())) {
            throw texts.stale();
        }
        audit.record(
                user.zoneId(),
                user.getUsername(),
                "project-schedule",
                project.code(),
                "assign",
                project.name(),
                PlanInputs.snapshot(head),
                PlanInputs.snapshot(checked));
        return find(user.zoneId(), projectId).orElseThrow();
    }

    @Override
    public ScheduleNode complete(ZoneUser user, UUID projectId, UUID nodeId, NodeUpdate update) {
        return nodes.complete(user, signed(user.zoneId(), projectId), nodeId, update);
    }

    @Override
    public ScheduleNode movePlan(ZoneUser user, UUID projectId, UUID nodeId, NodeUpdate update) {
        return nodes.movePlan(user, signed(user.zoneId(), projectId), nodeId, update);
    }

    @Override
    public List<Evidence> addEvidence(ZoneUser user, UUID projectId, UUID nodeId, List<Upload> files) {
        return nodes.addEvidence(user, signed(user.zoneId(), projectId), nodeId, files);
    }

    @Override
    public List<Evidence> evidence(UUID zoneId, UUID projectId, UUID nodeId) {
        return nodes.evidence(zoneId, projectId, nodeId);
    }

    @Override
    public Optional<EvidenceFile> evidenceFile(UUID zoneId, UUID projectId, UUID evidenceId) {
        return nodes.file(zoneId, projectId, evidenceId);
    }

    private ProjectInfo signed(UUID zoneId, UUID projectId) {
        ProjectInfo project =
                projects.find(zoneId, projectId).orElseThrow(() -> new NotFoundException("project " + projectId));
        if (!project.stage().reached(Stage.SIGNED)) {
            throw texts.conflict("projects.error.notSigned");
        }
        return project;
    }

    private StoredSchedule head(UUID zoneId, UUID projectId) {
        return store.find(zoneId, projectId).orElseThrow(() -> new NotFoundException("schedule " + projectId));
    }
}
