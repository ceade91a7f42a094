package com.parkops.evaluation.domain;

import com.parkops.evaluation.EvaluationObjections;
import com.parkops.evaluation.Objection;
import com.parkops.evaluation.ObjectionStatus;
import com.parkops.evaluation.RunStatus;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import com.parkops.zone.Zones;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Objections: filing in the window, the staff queue and decisions; every write audited. */
@Service
class JdbcEvaluationObjections implements EvaluationObjections {

    static final String ENTITY = "evaluation-objection";

    private final ObjectionStore store;
    private final AuditLog audit;
    private final Zones zones;
    private final EvaluationMessages messages;

    JdbcEvaluationObjections(ObjectionStore store, AuditLog audit, Zones zones, EvaluationMessages messages) {
        this.store = store;
        this.audit = audit;
        this.zones = zones;
        this.messages = messages;
    }

    @Override
    @Transactional
    public Objection file(
            UUID zoneId, String actor, UUID runId, UUID enterpriseId, String reason, List<NewFile> files) {
        ObjectionStore.LockedRun run = store.lockRun(zoneId, runId, false)
                .filter(found -> store.hasResult(zoneId, runId, enterpriseId))
                .orElseThrow(() -> new NotFoundException("evaluation run " + runId));
        if (run.status() != RunStatus.PUBLISHED) {
            throw new ConflictException(
                    messages.text("objections.error.notPublished", messages.text("evaluation.status." + run.status())));
        }
        if (zones.today(zoneId).isAfter(run.objectionUntil())) {
            throw new ConflictException(messages.text("objections.error.windowClosed", run.objectionUntil()));
        }
        if (store.hasOpen(zoneId, runId, enterpriseId)) {
            throw new ConflictException(messages.text("objections.error.alreadyOpen"));
        }
        String text = reason == null ? "" : reason.strip();
        List<NewFile> accepted = validate(text, files == null ? List.of() : files);
        UUID id = UUID.randomUUID();
        try {
            store.insert(zoneId, id, runId, enterpriseId, text, actor);
        } catch (DuplicateKeyException filedMeanwhile) {
            throw new ConflictException(messages.text("objections.error.alreadyOpen"));
        }
        for (int i = 0; i < accepted.size(); i++) {
            store.insertAttachment(zoneId, id, i, accepted.get(i));
        }
        Objection filed = store.find(zoneId, id).orElseThrow();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", ObjectionStatus.FILED.name());
        after.put("reason", text);
        after.put(
                "attachments",
                String.join(", ", accepted.stream().map(NewFile::name).toList()));
        audit.record(new AuditEntry(
                zoneId, actor, ENTITY, id.toString(), "file", summary(filed), AuditEntry.diff(Map.of(), after)));
        return filed;
    }

    private List<NewFile> validate(String reason, List<NewFile> files) {
        List<InputError> errors = new ArrayList<>();
        if (reason.isEmpty()) {
            errors.add(messages.error("reason", "objections.error.reasonRequired"));
        } else if (reason.codePointCount(0, reason.length()) > MAX_REASON) {
            errors.add(messages.error("reason", "objections.error.reasonTooLong", MAX_REASON));
        }
        if (files.size() > MAX_FILES) {
            errors.add(messages.error("files", "objections.error.tooManyFiles", MAX_FILES));
        }
        List<NewFile> accepted = new ArrayList<>();
        for (NewFile file : files) {
            String name = AttachmentKinds.cleanName(file.name());
            Optional<String> type = AttachmentKinds.contentType(name);
            if (type.isEmpty()) {
                errors.add(messages.error("files", "objections.error.fileKind", name));
            } else if (file.content().length == 0) {
                errors.add(messages.error("files", "objections.error.fileEmpty", name));
            } else if (file.content().length > MAX_FILE_BYTES) {
                errors.add(messages.error("files", "objections.error.fileTooLarge", name, MAX_FILE_BYTES >> 20));
            } else {
                accepted.add(new NewFile(name, type.get(), file.content()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(messages.text("objections.error.invalid"), errors);
        }
        return accepted;
    }

    @Override
    public List<Objection> ofRun(UUID zoneId, UUID runId, UUID enterpriseId) {
        return store.ofRun(zoneId, runId, enterpriseId);
    }

    @Override
    public Page search(UUID zoneId, Filter filter, int page, int size) {
        int number = Math.max(0, page);
        int rows = Math.max(1, Math.min(200, size));
        return new Page(store.queue(zoneId, filter, number, rows), number, rows, store.queueSize(zoneId, filter));
    }

    @Override
    public Optional<Objection> find(UUID zoneId, UUID objectionId) {
        return store.find(zoneId, objectionId);
    }

    @Override
    public Optional<Download> attachment(UUID zoneId, UUID objectionId, UUID attachmentId) {
        return store.attachment(zoneId, objectionId, attachmentId);
    }

    @Override
    @Transactional
    public Objection decide(
            UUID zoneId, String actor, UUID objectionId, ObjectionStatus decision, String reason, Integer version) {
        Objection objection =
                store.find(zoneId, objectionId).orElseThrow(() -> new NotFoundException("objection " + objectionId));
        String text = reason == null ? "" : reason.strip();
        List<InputError> errors = new ArrayList<>();
        if (decision == null || !decision.decided()) {
            errors.add(messages.error("decision", "objections.error.decisionRequired"));
        }
        if (text.isEmpty()) {
            errors.add(messages.error("reason", "objections.error.decisionReasonRequired"));
        } else if (text.codePointCount(0, text.length()) > MAX_REASON) {
            errors.add(messages.error("reason", "objections.error.reasonTooLong", MAX_REASON));
        }
        if (objection.status().decided()) {
            throw new ConflictException(messages.text("objections.error.decided"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(messages.text("objections.error.invalidDecision"), errors);
        }
        if (!store.decide(zoneId, objectionId, decision, text, actor, version)) {
            boolean decided = store.find(zoneId, objectionId)
                    .map(now -> now.status().decided())
                    .orElse(true);
            throw new ConflictException(messages.text(decided ? "objections.error.decided" : "evaluation.error.stale"));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", decision.name());
        after.put("decisionReason", text);
        audit.record(new AuditEntry(
                zoneId,
                actor,
                ENTITY,
                objectionId.toString(),
                decision == ObjectionStatus.UPHELD ? "uphold" : "reject",
                summary(objection),
                AuditEntry.diff(Map.of("status", objection.status().name()), after)));
        return store.find(zoneId, objectionId).orElseThrow();
    }

    private static String summary(Objection objection) {
        return objection.year() + " " + objection.creditCode() + " " + objection.enterpriseName();
    }
}
