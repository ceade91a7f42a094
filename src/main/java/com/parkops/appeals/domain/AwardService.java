package com.parkops.appeals.domain;

import com.parkops.appeals.AppealAwards;
import com.parkops.appeals.AppealRules;
import com.parkops.appeals.AwardCandidate;
import com.parkops.appeals.AwardCandidates;
import com.parkops.appeals.AwardDecision;
import com.parkops.appeals.AwardKind;
import com.parkops.appeals.AwardRuleHit;
import com.parkops.appeals.AwardSettings;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InputError;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.Role;
import com.parkops.zone.Users;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reverse incentives: candidates, thresholds, decisions and rectification, with their audit. */
@Service
class AwardService implements AppealAwards {

    private final AwardCandidateFinder finder;
    private final AwardSettingsStore settings;
    private final AwardDecisionStore decisions;
    private final AwardAudit audit;
    private final AppealRules rules;
    private final Users users;
    private final Zones zones;
    private final AppealMessages messages;
    private final Clock clock;

    AwardService(
            AwardCandidateFinder finder,
            AwardSettingsStore settings,
            AwardDecisionStore decisions,
            AwardAudit audit,
            AppealRules rules,
            Users users,
            Zones zones,
            AppealMessages messages,
            Clock clock) {
        this.finder = finder;
        this.settings = settings;
        this.decisions = decisions;
        this.audit = audit;
        this.rules = rules;
        this.users = users;
        this.zones = zones;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public AwardCandidates candidates(UUID zoneId, int year, int quarter) {
        List<InputError> errors = new ArrayList<>();
        checkQuarter(errors, year, quarter);
        messages.refuse(errors);
        Function<UUID, String> names = names(zoneId);
        return finder.find(
                zoneId,
                year,
                quarter,
                settings.settings(zoneId),
                names,
                decisions.ofQuarter(zoneId, year, quarter, names));
    }

    @Override
    public AwardSettings settings(UUID zoneId) {
        return settings.settings(zoneId);
    }

    @Override
    @Transactional
    public AwardSettings saveSettings(ZoneUser admin, AwardSettings values) {
        if (!admin.is(Role.ADMIN)) {
            throw new AccessDeniedException("award settings");
        }
        return settings.save(admin, values);
    }

    @Override
    @Transactional
    public AwardDecision decide(
            ZoneUser user, AwardKind award, UUID departmentId, int year, int quarter, boolean confirm, String note) {
        requireServiceCentre(user);
        List<InputError> errors = new ArrayList<>();
        if (award == null) {
            errors.add(messages.error("award", "appeals.error.required"));
        }
        if (departmentId == null) {
            errors.add(messages.error("departmentId", "appeals.error.required"));
        }
        if (note == null || note.isBlank()) {
            errors.add(messages.error("note", "appeals.error.required"));
        }
        checkQuarter(errors, year, quarter);
        if (errors.isEmpty() && !quarterStarted(user.zoneId(), year, quarter)) {
            errors.add(messages.error("quarter", "appeals.awards.error.future"));
        }
        messages.refuse(errors);
        AwardCandidates found = candidates(user.zoneId(), year, quarter);
        AwardCandidate candidate = found.of(award).stream()
                .filter(c -> c.departmentId().equals(departmentId))
                .findFirst()
                .orElse(null);
        if (candidate != null && candidate.decision() != null) {
            throw new ConflictException(messages.text("appeals.awards.error.decided"));
        }
        if (candidate == null) {
            messages.refuse(List.of(messages.error("departmentId", "appeals.awards.error.notCandidate")));
        }
        AwardDecision decision = new AwardDecision(
                UUID.randomUUID(),
                award,
                departmentId,
                candidate.departmentName(),
                year,
                quarter,
                confirm ? AwardDecision.Status.HELD : AwardDecision.Status.DISMISSED,
                note.strip(),
                candidate.hits().stream().map(AwardRuleHit::rule).toList(),
                candidate.caseNumbers(),
                user.getUsername(),
                clock.instant(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0);
        if (!decisions.insert(user.zoneId(), decision)) {
            throw new ConflictException(messages.text("appeals.awards.error.decided"));
        }
        audit.decided(user, decision);
        return decision;
    }

    @Override
    @Transactional
    public AwardDecision submitRectification(ZoneUser user, UUID decisionId, String text) {
        AwardDecision d = load(user.zoneId(), decisionId);
        if (!user.is(Role.STAFF) || !d.departmentId().equals(user.departmentId().orElse(null))) {
            throw new AccessDeniedException("rectification of another department");
        }
        if (d.status() != AwardDecision.Status.HELD) {
            throw new ConflictException(messages.text("appeals.awards.error.notHeld"));
        }
        if (text == null || text.isBlank()) {
            messages.refuse(List.of(messages.error("text", "appeals.error.required")));
        }
        Instant now = clock.instant();
        decisions.submitted(user.zoneId(), d, text.strip(), user.getUsername(), now);
        AwardDecision after = load(user.zoneId(), decisionId);
        audit.rectification(user, d, after, "submit-rectification");
        return after;
    }

    @Override
    @Transactional
    public AwardDecision acceptRectification(ZoneUser user, UUID decisionId, String note) {
        requireServiceCentre(user);
        AwardDecision d = load(user.zoneId(), decisionId);
        if (d.departmentId().equals(user.departmentId().orElse(null))) {
            throw new AccessDeniedException("accepting one's own rectification");
        }
        if (d.status() != AwardDecision.Status.SUBMITTED) {
            throw new ConflictException(messages.text("appeals.awards.error.notSubmitted"));
        }
        decisions.accepted(
                user.zoneId(),
                d,
                note == null || note.isBlank() ? null : note.strip(),
                user.getUsername(),
                clock.instant());
        AwardDecision after = load(user.zoneId(), decisionId);
        audit.rectification(user, d, after, "accept-rectification");
        return after;
    }

    @Override
    @Transactional
    public AwardDecision returnRectification(ZoneUser user, UUID decisionId, String reason) {
        requireServiceCentre(user);
        AwardDecision d = load(user.zoneId(), decisionId);
        if (d.departmentId().equals(user.departmentId().orElse(null))) {
            throw new AccessDeniedException("returning one's own rectification");
        }
        if (d.status() != AwardDecision.Status.SUBMITTED) {
            throw new ConflictException(messages.text("appeals.awards.error.notSubmittedReturn"));
        }
        if (reason == null || reason.isBlank()) {
            messages.refuse(List.of(messages.error("reason", "appeals.error.required")));
        }
        decisions.returned(user.zoneId(), d, reason.strip(), user.getUsername(), clock.instant());
        AwardDecision after = load(user.zoneId(), decisionId);
        audit.rectification(user, d, after, "return-rectification");
        return after;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AwardDecision> decisions(UUID zoneId, boolean heldOnly) {
        return decisions.list(zoneId, names(zoneId)).stream()
                .filter(d -> !heldOnly || d.held())
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AwardDecision> decision(UUID zoneId, UUID decisionId) {
        return decisions.find(zoneId, decisionId, names(zoneId));
    }

    @Override
    public boolean decides(ZoneUser user) {
        return AccessRules.actor(user, rules.settings(user.zoneId())).serviceCentre();
    }

    private void requireServiceCentre(ZoneUser user) {
        if (!decides(user)) {
            throw new AccessDeniedException("award decisions belong to the service centre");
        }
    }

    private AwardDecision load(UUID zoneId, UUID id) {
        return decisions.lock(zoneId, id, names(zoneId)).orElseThrow(() -> new NotFoundException("award " + id));
    }

    private void checkQuarter(List<InputError> errors, int year, int quarter) {
        if (year < 2000 || year > 2100) {
            errors.add(messages.error("year", "appeals.error.range", 2000, 2100));
        }
        if (quarter < 1 || quarter > 4) {
            errors.add(messages.error("quarter", "appeals.error.range", 1, 4));
        }
    }

    private boolean quarterStarted(UUID zoneId, int year, int quarter) {
        LocalDate today = clock.instant().atZone(zones.timeZone(zoneId)).toLocalDate();
        return !LocalDate.of(year, (quarter - 1) * 3 + 1, 1).isAfter(today);
    }

    private Function<UUID, String> names(UUID zoneId) {
        Map<UUID, String> byId = users.departments(zoneId).stream()
                .collect(Collectors.toMap(Users.Department::id, Users.Department::name));
        return id -> id == null ? null : byId.getOrDefault(id, id.toString());
    }
}
