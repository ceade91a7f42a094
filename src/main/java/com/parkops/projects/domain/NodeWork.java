package com.parkops.projects.domain;

import com.parkops.investment.ProjectInfo;
import com.parkops.projects.Evidence;
import com.parkops.projects.EvidenceFile;
import com.parkops.projects.NodeUpdate;
import com.parkops.projects.ProjectSettingsService;
import com.parkops.projects.ScheduleNode;
import com.parkops.projects.Upload;
import com.parkops.shared.InputError;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work on one node: its actual date and note (a late one publishes the slippage), a moved planned
 * date with its reason, and evidence files.
 */
@Component
class NodeWork {

    private final ScheduleStore store;
    private final EvidenceStore evidence;
    private final ScheduleViews views;
    private final ProjectSettingsService settings;
    private final Slippage slippage;
    private final Texts texts;
    private final Audit audit;
    private final Clock clock;

    NodeWork(
            ScheduleStore store,
            EvidenceStore evidence,
            ScheduleViews views,
            ProjectSettingsService settings,
            Slippage slippage,
            Texts texts,
            Audit audit,
            Clock clock) {
        this.store = store;
        this.evidence = evidence;
        this.views = views;
        this.settings = settings;
        this.slippage = slippage;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    ScheduleNode complete(ZoneUser user, ProjectInfo project, UUID nodeId, NodeUpdate update) {
        StoredNode node = node(user.zoneId(), project.id(), nodeId);
        LocalDate today = views.today(user.zoneId());
        List<InputError> errors = new ArrayList<>();
        if (update.actualOn() != null && update.actualOn().isAfter(today)) {
            errors.add(texts.error(null, "actualOn", "projects.error.future"));
        }
        String note = text(update.note());
        if (note != null && note.length() > 2000) {
            errors.add(texts.error(null, "note", "projects.error.tooLong", 2000));
        }
        texts.refuse(errors);
        if (update.version() == null
                || !store.complete(
                        user.zoneId(), nodeId, update.version(), update.actualOn(), note, user.getUsername())) {
            throw texts.stale();
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("actualOn", node.actualOn());
        before.put("note", node.note());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("actualOn", update.actualOn());
        after.put("note", note);
        audit.record(
                user.zoneId(),
                user.getUsername(),
                "project-node",
                nodeId,
                "complete",
                project.code() + " " + node.name(),
                before,
                after);
        if (update.actualOn() != null) {
            slippage.observe(user.zoneId(), project, node, update.actualOn());
        }
        return fresh(user.zoneId(), project.id(), nodeId, today);
    }

    @Transactional
    ScheduleNode movePlan(ZoneUser user, ProjectInfo project, UUID nodeId, NodeUpdate update) {
        StoredNode node = node(user.zoneId(), project.id(), nodeId);
        List<InputError> errors = new ArrayList<>();
        if (update.plannedOn() == null) {
            errors.add(texts.error(null, "plannedOn", "projects.error.required"));
        }
        String reason = text(update.reason());
        if (reason == null) {
            errors.add(texts.error(null, "reason", "projects.error.reason"));
        } else if (reason.length() > 500) {
            errors.add(texts.error(null, "reason", "projects.error.tooLong", 500));
        }
        texts.refuse(errors);
        if (update.version() == null
                || !store.movePlan(user.zoneId(), nodeId, update.version(), update.plannedOn(), reason)) {
            throw texts.stale();
        }
        audit.record(
                user.zoneId(),
                user.getUsername(),
                "project-node",
                nodeId,
                "replan",
                project.code() + " " + node.name() + ": " + reason,
                Map.of("plannedOn", node.plannedOn()),
                Map.of("plannedOn", update.plannedOn()));
        return fresh(user.zoneId(), project.id(), nodeId, views.today(user.zoneId()));
    }

    @Transactional
    List<Evidence> addEvidence(ZoneUser user, ProjectInfo project, UUID nodeId, List<Upload> files) {
        StoredNode node = node(user.zoneId(), project.id(), nodeId);
        texts.refuse(evidence.check(files, evidence.count(user.zoneId(), nodeId)));
        evidence.insert(user.zoneId(), nodeId, files, user.getUsername(), clock.instant());
        audit.record(
                user.zoneId(),
                user.getUsername(),
                "project-node",
                nodeId,
                "evidence",
                project.code() + " " + node.name(),
                Map.of(),
                Map.of(
                        "files",
                        String.join(", ", files.stream().map(Upload::fileName).toList())));
        return evidence.list(user.zoneId(), nodeId);
    }

    List<Evidence> evidence(UUID zoneId, UUID projectId, UUID nodeId) {
        node(zoneId, projectId, nodeId);
        return evidence.list(zoneId, nodeId);
    }

    Optional<EvidenceFile> file(UUID zoneId, UUID projectId, UUID id) {
        return evidence.file(zoneId, projectId, id);
    }

    private StoredNode node(UUID zoneId, UUID projectId, UUID nodeId) {
        return store.nodes(zoneId, projectId).stream()
                .filter(n -> n.id().equals(nodeId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("node " + nodeId));
    }

    private ScheduleNode fresh(UUID zoneId, UUID projectId, UUID nodeId, LocalDate today) {
        return views.node(
                node(zoneId, projectId, nodeId), today, settings.get(zoneId).warnDays());
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
