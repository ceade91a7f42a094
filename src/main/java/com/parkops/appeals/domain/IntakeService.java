package com.parkops.appeals.domain;

import com.parkops.appeals.AppealIntake;
import com.parkops.appeals.AppealRules;
import com.parkops.appeals.AppealSettings;
import com.parkops.appeals.AppealView;
import com.parkops.appeals.AttachmentInfo;
import com.parkops.appeals.NewAppeal;
import com.parkops.appeals.Upload;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes appeals in: checks, numbers, logs 受理 (and 派单 when asked), stores files. */
@Service
class IntakeService implements AppealIntake {

    private final IntakeChecks checks;
    private final CaseNumbers numbers;
    private final StepRecorder recorder;
    private final AttachmentStore attachments;
    private final AppealStore store;
    private final AppealRules rules;
    private final ZoneDeadlines deadlines;
    private final AppealReads reads;
    private final AppealAudit audit;
    private final AppealMessages messages;
    private final Zones zones;
    private final Clock clock;

    IntakeService(
            IntakeChecks checks,
            CaseNumbers numbers,
            StepRecorder recorder,
            AttachmentStore attachments,
            AppealStore store,
            AppealRules rules,
            ZoneDeadlines deadlines,
            AppealReads reads,
            AppealAudit audit,
            AppealMessages messages,
            Zones zones,
            Clock clock) {
        this.checks = checks;
        this.numbers = numbers;
        this.recorder = recorder;
        this.attachments = attachments;
        this.store = store;
        this.rules = rules;
        this.deadlines = deadlines;
        this.reads = reads;
        this.audit = audit;
        this.messages = messages;
        this.zones = zones;
        this.clock = clock;
    }

    @Override
    @Transactional
    public AppealView receive(ZoneUser user, NewAppeal appeal, List<Upload> files) {
        UUID id = take(user, appeal, files);
        return reads.find(user, id).orElseThrow();
    }

    /** Takes one appeal in within the caller's transaction; returns its id. */
    UUID take(ZoneUser user, NewAppeal appeal, List<Upload> files) {
        AppealSettings settings = rules.settings(user.zoneId());
        Actor actor = AccessRules.actor(user, settings);
        if (!AccessRules.mayTakeIn(actor)) {
            throw new AccessDeniedException("appeal intake");
        }
        return taken(user.zoneId(), actor, settings, appeal, files);
    }

    /**
     * Takes in an appeal posted through Open311 (channel OPEN311, no files) within the caller's
     * transaction, logged and audited with actor {@code open311:<key name>}; returns its id and
     * case number.
     */
    Intake takeFromOpen311(UUID zoneId, String keyName, NewAppeal appeal, UUID id) {
        AppealSettings settings = rules.settings(zoneId);
        Actor actor = Actor.open311(keyName);
        taken(zoneId, actor, settings, appeal, List.of(), id);
        return store.load(zoneId, id, new Scope("true", Map.of())).orElseThrow().intake();
    }

    private UUID taken(UUID zoneId, Actor actor, AppealSettings settings, NewAppeal appeal, List<Upload> files) {
        return taken(zoneId, actor, settings, appeal, files, UUID.randomUUID());
    }

    private UUID taken(
            UUID zoneId, Actor actor, AppealSettings settings, NewAppeal appeal, List<Upload> files, UUID id) {
        IntakeChecks.Checked checked = checks.check(actor, zoneId, appeal, files);
        Instant now = clock.instant();
        int year = now.atZone(zones.timeZone(zoneId)).getYear();
        Intake intake = checked.intake().withCaseNumber(numbers.next(zoneId, year));
        Step step = new Step(actor, now);
        Appeal taken = Appeal.receive(id, intake.type(), intake.urgency(), step, deadlines.of(zoneId, settings));
        if (checked.dispatchTo() != null) {
            taken.dispatch(checked.dispatchTo(), step);
        }
        recorder.created(zoneId, intake, taken, settings.serviceCentreDepartmentId());
        attachments.insert(zoneId, id, files, actor.username());
        return id;
    }

    @Override
    @Transactional
    public List<AttachmentInfo> attach(ZoneUser user, UUID appealId, List<Upload> files) {
        AppealSettings settings = rules.settings(user.zoneId());
        Actor actor = AccessRules.actor(user, settings);
        StoredAppeal stored = store.load(user.zoneId(), appealId, Scope.of(actor))
                .orElseThrow(() -> new NotFoundException("appeal " + appealId));
        boolean involved = !AccessRules.roleAllows(
                        actor, stored.workflow().departmentId, stored.intake().enterpriseId())
                .isEmpty();
        if (!involved) {
            throw new AccessDeniedException("appeal attachments");
        }
        if (!stored.workflow().state.open()) {
            throw new com.parkops.shared.ConflictException(messages.text("appeals.error.closed"));
        }
        messages.refuse(attachments.check(files, attachments.count(user.zoneId(), appealId)));
        List<AttachmentInfo> added = attachments.insert(user.zoneId(), appealId, files, user.getUsername());
        audit.changed(
                user.zoneId(),
                user.getUsername(),
                stored.intake().caseNumber(),
                "attach",
                stored.intake().title(),
                Map.of(),
                Map.of("files", added.stream().map(AttachmentInfo::fileName).toList()));
        return added;
    }
}
