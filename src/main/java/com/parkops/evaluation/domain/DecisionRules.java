package com.parkops.evaluation.domain;

import com.parkops.evaluation.Decision;
import com.parkops.evaluation.DecisionKind;
import com.parkops.evaluation.EvaluationDecisions;
import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.Grade;
import com.parkops.evaluation.Scheme;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Checks a staff decision against the run's scheme and the enterprise's result in it. */
@Component
class DecisionRules {

    private final DecisionStore store;
    private final EvaluationMessages messages;

    DecisionRules(DecisionStore store, EvaluationMessages messages) {
        this.store = store;
        this.messages = messages;
    }

    /** The decision to record, or invalid input listing every problem. */
    Decision check(UUID zoneId, String actor, EvaluationRun run, EvaluationDecisions.NewDecision request) {
        List<InputError> errors = new ArrayList<>();
        DecisionStore.Subject subject = null;
        if (blank(request.creditCode())) {
            errors.add(messages.error("creditCode", "objections.decision.error.required"));
        } else {
            subject = store.subject(zoneId, run.id(), request.creditCode().strip())
                    .orElse(null);
            if (subject == null) {
                errors.add(messages.error("creditCode", "objections.decision.error.notInRun", request.creditCode()));
            }
        }
        DecisionKind kind = kind(request.kind(), errors);
        String code = blank(request.code()) ? null : request.code().strip();
        int steps = 0;
        if (kind == DecisionKind.VETO) {
            List<String> vetoes = run.scheme().vetoItems() == null
                    ? List.of()
                    : run.scheme().vetoItems().stream()
                            .map(Scheme.VetoItem::code)
                            .toList();
            codeError(code, vetoes, "objections.decision.error.noVetoItems", "objections.decision.error.unknownVeto")
                    .ifPresent(errors::add);
        } else if (kind == DecisionKind.ITEM && subject != null) {
            List<String> items = manualItems(run.scheme().pools().get(subject.poolIndex()));
            codeError(code, items, "objections.decision.error.noManualItems", "objections.decision.error.unknownItem")
                    .ifPresent(errors::add);
        } else if (kind == DecisionKind.ADJUST) {
            code = null;
            if (request.steps() == null || Math.abs(request.steps()) != 1) {
                errors.add(messages.error("steps", "objections.decision.error.steps"));
            } else {
                steps = request.steps();
            }
            if (subject != null && subject.computedGrade() == Grade.T) {
                errors.add(messages.error("kind", "objections.decision.error.adjustT"));
            }
        }
        String reason = text(request.reason(), "reason", EvaluationDecisions.MAX_REASON, errors);
        String approver = text(request.approver(), "approver", EvaluationDecisions.MAX_APPROVER, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(messages.text("objections.decision.error.invalid"), errors);
        }
        return new Decision(
                UUID.randomUUID(),
                run.id(),
                subject.enterpriseId(),
                subject.creditCode(),
                kind,
                code,
                steps,
                reason,
                approver,
                actor,
                Instant.now());
    }

    /** The codes of the pool's bonus and penalty items that staff apply by hand. */
    static List<String> manualItems(Scheme.Pool pool) {
        return Stream.concat(
                        pool.bonusItems() == null ? Stream.empty() : pool.bonusItems().stream(),
                        pool.penaltyItems() == null ? Stream.empty() : pool.penaltyItems().stream())
                .filter(item -> item.qualification() == null)
                .map(Scheme.Item::code)
                .filter(Objects::nonNull)
                .collect(Collectors.toList());
    }

    private Optional<InputError> codeError(String code, List<String> allowed, String noneKey, String unknownKey) {
        if (allowed.isEmpty()) {
            return Optional.of(messages.error("code", noneKey));
        }
        if (code == null) {
            return Optional.of(messages.error("code", "objections.decision.error.required"));
        }
        return allowed.contains(code)
                ? Optional.empty()
                : Optional.of(messages.error("code", unknownKey, code, String.join(", ", allowed)));
    }

    private DecisionKind kind(String kind, List<InputError> errors) {
        if (blank(kind)) {
            errors.add(messages.error("kind", "objections.decision.error.required"));
            return null;
        }
        try {
            return DecisionKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.add(messages.error("kind", "objections.decision.error.kind"));
            return null;
        }
    }

    private String text(String value, String field, int max, List<InputError> errors) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            errors.add(messages.error(field, "objections.decision.error.required"));
        } else if (text.codePointCount(0, text.length()) > max) {
            errors.add(messages.error(field, "objections.decision.error.tooLong", max));
        }
        return text;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
