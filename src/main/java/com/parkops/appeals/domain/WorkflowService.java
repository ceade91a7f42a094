package com.parkops.appeals.domain;

import com.parkops.appeals.ActionRequest;
import com.parkops.appeals.AppealAction;
import com.parkops.appeals.AppealCategories;
import com.parkops.appeals.AppealRules;
import com.parkops.appeals.AppealSettings;
import com.parkops.appeals.AppealState;
import com.parkops.appeals.AppealView;
import com.parkops.appeals.AppealWorkflow;
import com.parkops.appeals.Category;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import java.time.Clock;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One workflow step: scope (absent → 404), role (→ 403), input (→ 422), state (→ 409), then the
 * move, its log row, audit entry and notifications in one transaction.
 */
@Service
class WorkflowService implements AppealWorkflow {

    private final AppealStore store;
    private final StepRecorder recorder;
    private final ActionInputs inputs;
    private final AppealRules rules;
    private final AppealCategories categories;
    private final ZoneDeadlines deadlines;
    private final AppealReads reads;
    private final AppealMessages messages;
    private final Clock clock;

    WorkflowService(
            AppealStore store,
            StepRecorder recorder,
            ActionInputs inputs,
            AppealRules rules,
            AppealCategories categories,
            ZoneDeadlines deadlines,
            AppealReads reads,
            AppealMessages messages,
            Clock clock) {
        this.store = store;
        this.recorder = recorder;
        this.inputs = inputs;
        this.rules = rules;
        this.categories = categories;
        this.deadlines = deadlines;
        this.reads = reads;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional
    public AppealView act(ZoneUser user, UUID appealId, AppealAction action, ActionRequest request) {
        AppealSettings settings = rules.settings(user.zoneId());
        Actor actor = AccessRules.actor(user, settings);
        StoredAppeal stored = store.load(user.zoneId(), appealId, Scope.of(actor))
                .orElseThrow(() -> new NotFoundException("appeal " + appealId));
        WorkflowState s = stored.workflow();
        ActionRequest input = request == null ? ActionRequest.empty() : request;
        if (input.version() != null && input.version() != s.version) {
            throw new OptimisticLockingFailureException("appeal " + appealId + " changed since it was read");
        }
        AppealAction step =
                action == AppealAction.DISPATCH && s.state == AppealState.DISPATCHED ? AppealAction.REDISPATCH : action;
        if (!AccessRules.roleAllows(actor, s.departmentId, stored.intake().enterpriseId())
                .contains(step)) {
            throw new AccessDeniedException("appeal " + step);
        }
        Appeal appeal = new Appeal(s, deadlines.of(user.zoneId(), settings));
        try {
            perform(appeal, new Context(user, stored, settings), step, input, new Step(actor, clock.instant()));
        } catch (Refusal refusal) {
            throw messages.conflict(refusal);
        }
        recorder.moved(user.zoneId(), stored.intake(), appeal, settings.serviceCentreDepartmentId());
        return reads.find(user, appealId).orElseThrow();
    }

    /** Takes a scheduled step (reminder, escalation) on an appeal; false when the state no longer allows it. */
    boolean system(UUID zoneId, UUID appealId, AppealAction action, String text, AppealSettings settings) {
        StoredAppeal stored = store.load(zoneId, appealId, new Scope("true", java.util.Map.of()))
                .orElseThrow();
        Appeal appeal = new Appeal(stored.workflow(), deadlines.of(zoneId, settings));
        Step step = new Step(Actor.system(), clock.instant());
        if (!appeal.permits(action, step.at())) {
            return false;
        }
        if (action == AppealAction.ESCALATE) {
            appeal.escalate(text, step);
        } else {
            appeal.remind(text, step);
        }
        recorder.moved(zoneId, stored.intake(), appeal, settings.serviceCentreDepartmentId());
        return true;
    }

    /** What a step is taken on and by. */
    private record Context(ZoneUser user, StoredAppeal stored, AppealSettings settings) {

        UUID zoneId() {
            return user.zoneId();
        }
    }

    private void perform(Appeal appeal, Context c, AppealAction action, ActionRequest in, Step step) {
        UUID zoneId = c.zoneId();
        switch (action) {
            case DISPATCH -> appeal.dispatch(inputs.dispatchDepartment(zoneId, in, category(c)), step);
            case REDISPATCH -> appeal.redispatch(inputs.department(zoneId, in), in.text(), step);
            case APPROVE_RETURN -> appeal.approveReturn(inputs.department(zoneId, in), in.text(), step);
            case ACKNOWLEDGE -> appeal.acknowledge(step);
            case START -> appeal.start(step);
            case REQUEST_RETURN -> appeal.requestReturn(inputs.reason(in), step);
            case REJECT_RETURN -> appeal.rejectReturn(inputs.reason(in), step);
            case REQUEST_EXTENSION -> appeal.requestExtension(inputs.days(in), inputs.reason(in), step);
            case APPROVE_EXTENSION -> appeal.approveExtension(in.text(), step);
            case REJECT_EXTENSION -> appeal.rejectExtension(inputs.reason(in), step);
            case NOTE -> appeal.note(inputs.reason(in), step);
            case REPLY -> appeal.reply(inputs.reason(in), inputs.resolved(in), step);
            case REVISIT -> appeal.revisit(inputs.satisfaction(in), in.text(), step);
            case REOPEN -> appeal.reopen(inputs.reason(in), step);
            case CLOSE -> appeal.close(in.resolved() != null ? in.resolved() : resolvedSoFar(c), in.text(), step);
            case MERGE -> appeal.mergeInto(inputs.master(c.user(), c.stored().workflow().id, in), in.text(), step);
            case UPDATE_LABOUR -> labour(c, appeal, in, step);
            case REMIND -> appeal.remind(in.text(), step);
            case RECEIVE, ESCALATE -> throw new AccessDeniedException("appeal " + action);
        }
    }

    private void labour(Context c, Appeal appeal, ActionRequest in, Step step) {
        Category category = category(c);
        if (category == null || !category.labourDispute()) {
            throw new Refusal("appeals.error.notLabour");
        }
        LabourFigures figures = inputs.labour(in);
        store.updateLabour(
                c.zoneId(), c.stored().workflow().id, figures.workers(), figures.owed(), figures.recovered());
        appeal.labourUpdated(
                messages.stored(
                        "appeals.labour.summary",
                        dash(figures.workers()),
                        dash(figures.owed()),
                        dash(figures.recovered())),
                step);
    }

    /** Without a word from the service centre: resolved when the reply said so and the enterprise was satisfied. */
    private static boolean resolvedSoFar(Context c) {
        WorkflowState s = c.stored().workflow();
        return Boolean.TRUE.equals(s.resolved) && c.settings().countsAsSatisfied(s.satisfaction);
    }

    private Category category(Context c) {
        return categories.find(c.zoneId(), c.stored().intake().categoryId()).orElse(null);
    }

    private static Object dash(Object value) {
        return value == null ? "—" : value;
    }
}
