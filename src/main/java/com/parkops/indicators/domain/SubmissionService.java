package com.parkops.indicators.domain;

import com.parkops.indicators.Basis;
import com.parkops.indicators.ExplanationRequiredException;
import com.parkops.indicators.ReportedRow;
import com.parkops.indicators.SubmissionFinding;
import com.parkops.indicators.SubmissionStatus;
import com.parkops.indicators.SubmissionView;
import com.parkops.indicators.Submissions;
import com.parkops.registry.EnterpriseProfile;
import com.parkops.registry.Enterprises;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enterprises' monthly reports: drafts checked against the quality rules (outside the write's
 * transaction, since the check rolls its own back), submission, acceptance into the figures and
 * return. The audit entries name the report as {@code <credit code>/<YYYY-MM>}.
 */
@Service
class SubmissionService implements Submissions {

    private final SubmissionStore store;
    private final SubmissionReads reads;
    private final SubmissionChecks checks;
    private final SubmissionRevisions revisions;
    private final SubmissionAudit audit;
    private final ReportingCalendar calendar;
    private final Enterprises enterprises;
    private final ZoneToday today;
    private final ReportingProperties properties;
    private final MessageSource messages;
    private final TransactionTemplate transactions;

    SubmissionService(
            SubmissionStore store,
            SubmissionReads reads,
            SubmissionChecks checks,
            SubmissionRevisions revisions,
            SubmissionAudit audit,
            ReportingCalendar calendar,
            Enterprises enterprises,
            ZoneToday today,
            ReportingProperties properties,
            MessageSource messages,
            PlatformTransactionManager transactionManager) {
        this.store = store;
        this.reads = reads;
        this.checks = checks;
        this.revisions = revisions;
        this.audit = audit;
        this.calendar = calendar;
        this.enterprises = enterprises;
        this.today = today;
        this.properties = properties;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public Basis defaultBasis() {
        return properties.defaultBasis();
    }

    @Override
    public YearMonth thisMonth(UUID zoneId) {
        return YearMonth.from(today.today(zoneId));
    }

    @Override
    public List<Month> calendar(UUID zoneId, UUID enterpriseId, int year) {
        return calendar.year(zoneId, enterpriseId, year);
    }

    @Override
    public Optional<SubmissionView> find(UUID zoneId, UUID id) {
        return reads.view(zoneId, id);
    }

    @Override
    public Optional<SubmissionView> find(UUID zoneId, UUID enterpriseId, YearMonth period) {
        return reads.view(zoneId, enterpriseId, period);
    }

    @Override
    public Page search(UUID zoneId, Filter filter, int page, int size) {
        return reads.search(zoneId, filter, page, size);
    }

    @Override
    public List<Event> history(UUID zoneId, UUID id) {
        return reads.events(zoneId, id);
    }

    @Override
    public SubmissionView save(UUID zoneId, String actor, UUID enterpriseId, Draft draft) {
        YearMonth period = draft.period();
        if (period == null || !calendar.open(zoneId, period)) {
            throw invalid("period", "reporting.error.periodNotOpen");
        }
        if (draft.submit() && draft.values().isEmpty()) {
            throw invalid("values", "reporting.error.noFigures");
        }
        EnterpriseProfile enterprise = enterprises
                .byId(zoneId, enterpriseId)
                .orElseThrow(() -> new NotFoundException("No enterprise " + enterpriseId));
        store.load(zoneId, enterpriseId, period).ifPresent(existing -> {
            checkVersion(existing, draft.version());
            if (existing.status() == SubmissionStatus.SUBMITTED) {
                throw new ConflictException("The report is under review and cannot be changed (报表审核中，不能修改)");
            }
        });
        Basis basis = draft.basis() == null ? properties.defaultBasis() : draft.basis();
        List<SubmissionFinding> findings =
                checks.check(zoneId, basis, new ReportedRow(enterprise.creditCode(), period, draft.values()));
        Submission saved = transactions.execute(tx -> write(zoneId, actor, enterprise, basis, draft, findings));
        if (draft.submit() && saved.status() != SubmissionStatus.SUBMITTED) {
            throw explanationRequired(saved.unexplained());
        }
        return reads.view(zoneId, saved.id()).orElseThrow();
    }

    private Submission write(
            UUID zoneId,
            String actor,
            EnterpriseProfile enterprise,
            Basis basis,
            Draft draft,
            List<SubmissionFinding> findings) {
        Submission submission = store.load(zoneId, enterprise.id(), draft.period())
                .orElseGet(() -> Submission.start(enterprise.id(), draft.period(), basis));
        checkVersion(submission, draft.version());
        SubmissionStatus before = submission.isNew() ? null : submission.status();
        Map<String, BigDecimal> figuresBefore = submission.figures();
        Instant now = today.now();
        if (submission.status() == SubmissionStatus.ACCEPTED) {
            submission.reopen(actor, now);
        }
        submission.edit(basis, draft.values(), findings, draft.explanation(), draft.explanations());
        if (draft.submit() && submission.explained()) {
            submission.submit(actor, now);
        }
        store.save(zoneId, submission, actor);
        audit.saved(zoneId, actor, enterprise.creditCode(), submission, before, figuresBefore);
        return submission;
    }

    @Override
    public SubmissionView accept(UUID zoneId, String actor, UUID id, Integer version) {
        transactions.executeWithoutResult(tx -> {
            Submission submission = loaded(zoneId, id, version);
            submission.accept(actor, today.now());
            store.save(zoneId, submission, actor);
            String creditCode = creditCode(zoneId, submission.enterpriseId());
            UUID batch = revisions.write(
                    zoneId,
                    actor,
                    submission.basis(),
                    new ReportedRow(creditCode, submission.period(), submission.figures()),
                    submission.id());
            store.acceptedAs(zoneId, submission.id(), batch);
            audit.decided(zoneId, actor, creditCode, submission, "accept", null);
        });
        return reads.view(zoneId, id).orElseThrow();
    }

    @Override
    public SubmissionView returnForChanges(UUID zoneId, String actor, UUID id, Integer version, String reason) {
        transactions.executeWithoutResult(tx -> {
            Submission submission = loaded(zoneId, id, version);
            submission.returnForChanges(actor, today.now(), reason);
            store.save(zoneId, submission, actor);
            audit.decided(
                    zoneId, actor, creditCode(zoneId, submission.enterpriseId()), submission, "return", reason.strip());
        });
        return reads.view(zoneId, id).orElseThrow();
    }

    private Submission loaded(UUID zoneId, UUID id, Integer version) {
        Submission submission = store.load(zoneId, id).orElseThrow(() -> new NotFoundException("No report " + id));
        checkVersion(submission, version);
        return submission;
    }

    private String creditCode(UUID zoneId, UUID enterpriseId) {
        return enterprises
                .byId(zoneId, enterpriseId)
                .map(EnterpriseProfile::creditCode)
                .orElseThrow(() -> new NotFoundException("No enterprise " + enterpriseId));
    }

    private static void checkVersion(Submission submission, Integer version) {
        if (version != null && !submission.isNew() && !Objects.equals(version, submission.version())) {
            throw new OptimisticLockingFailureException("Report " + submission.id() + " was changed meanwhile");
        }
    }

    private InvalidInputException invalid(String field, String key) {
        String message = messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
        return new InvalidInputException(message, List.of(new InputError(null, field, message)));
    }

    private ExplanationRequiredException explanationRequired(List<SubmissionFinding> unexplained) {
        Locale locale = LocaleContextHolder.getLocale();
        return new ExplanationRequiredException(
                messages.getMessage("reporting.error.explanationRequired", null, locale),
                unexplained.stream()
                        .map(f -> new InputError(null, f.field(), f.message(locale)))
                        .toList());
    }
}
