package com.parkops.projects.domain;

import com.parkops.investment.InvestmentProjects;
import com.parkops.investment.ProjectInfo;
import com.parkops.projects.OrderAction;
import com.parkops.projects.OrderFilter;
import com.parkops.projects.OrderState;
import com.parkops.projects.ProjectSettingsService;
import com.parkops.projects.SupervisionOrder;
import com.parkops.projects.SupervisionOrders;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.Role;
import com.parkops.zone.WorkCalendars;
import com.parkops.zone.ZoneUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision orders (督办单). Who may do what: ADMIN or STAFF issue (a staff member's department
 * becomes the issuing office); STAFF of the target department reply; ADMIN, or STAFF of the issuing
 * office, close or send back. The move itself is checked by {@link OrderMoves}.
 */
@Service
class OrderService implements SupervisionOrders {

    private final OrderStore store;
    private final DispatchMeetingStore meetings;
    private final InvestmentProjects projects;
    private final ProjectSettingsService settings;
    private final WorkCalendars calendars;
    private final ScheduleViews views;
    private final ProjectsProperties properties;
    private final OrderInputs inputs;
    private final Texts texts;
    private final Audit audit;
    private final Clock clock;

    OrderService(
            OrderStore store,
            DispatchMeetingStore meetings,
            InvestmentProjects projects,
            ProjectSettingsService settings,
            WorkCalendars calendars,
            ScheduleViews views,
            ProjectsProperties properties,
            OrderInputs inputs,
            Texts texts,
            Audit audit,
            Clock clock) {
        this.store = store;
        this.meetings = meetings;
        this.projects = projects;
        this.settings = settings;
        this.calendars = calendars;
        this.views = views;
        this.properties = properties;
        this.inputs = inputs;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<SupervisionOrder> list(UUID zoneId, OrderFilter filter) {
        LocalDate today = views.today(zoneId);
        return store.list(zoneId, filter, today).stream()
                .map(o -> view(zoneId, o, today, false))
                .toList();
    }

    @Override
    public Optional<SupervisionOrder> find(UUID zoneId, UUID id) {
        return store.find(zoneId, id).map(o -> view(zoneId, o, views.today(zoneId), true));
    }

    @Override
    @Transactional
    public SupervisionOrder issue(ZoneUser user, UUID problemId, OrderAction action) {
        if (!user.is(Role.ADMIN) && !user.is(Role.STAFF)) {
            throw new AccessDeniedException("issue");
        }
        var problem = meetings.problem(user.zoneId(), problemId)
                .orElseThrow(() -> new NotFoundException("problem " + problemId));
        if (store.exists(user.zoneId(), problemId)) {
            throw texts.conflict("projects.order.refused.issued");
        }
        LocalDate today = views.today(user.zoneId());
        LocalDate deadline = action.deadline() != null
                ? inputs.deadline(action.deadline(), today)
                : calendars
                        .of(user.zoneId())
                        .plusWorkingDays(today, settings.get(user.zoneId()).orderDays());
        UUID id = UUID.randomUUID();
        String number = store.nextNumber(user.zoneId(), properties.orderPrefix(), today.getYear());
        UUID office = user.is(Role.STAFF) ? user.departmentId().orElse(null) : null;
        store.insert(
                user.zoneId(),
                new OrderStore.Stored(
                        id,
                        number,
                        problemId,
                        problem.meetingId(),
                        problem.projectId(),
                        problem.text(),
                        problem.departmentId(),
                        office,
                        user.getUsername(),
                        today,
                        deadline,
                        OrderState.ISSUED,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0,
                        0));
        store.step(user.zoneId(), id, "ISSUE", inputs.optional(action.text()), user.getUsername(), clock.instant());
        audit.record(
                user.zoneId(),
                user.getUsername(),
                "supervision-order",
                number,
                "issue",
                problem.text(),
                Map.of(),
                Map.of("state", "ISSUED", "departmentId", problem.departmentId(), "deadline", deadline));
        return find(user.zoneId(), id).orElseThrow();
    }

    @Override
    @Transactional
    public SupervisionOrder reply(ZoneUser user, UUID id, OrderAction action) {
        OrderStore.Stored order = order(user.zoneId(), id);
        if (!user.is(Role.STAFF)
                || !order.departmentId().equals(user.departmentId().orElse(null))) {
            throw new AccessDeniedException("reply");
        }
        OrderState next = move(order.state(), OrderMoves.Move.REPLY);
        String text = inputs.required(action.text(), "text");
        if (!store.reply(user.zoneId(), id, version(action), text, user.getUsername(), clock.instant())) {
            throw texts.stale();
        }
        return stepped(user, order, next, "REPLY", text);
    }

    @Override
    @Transactional
    public SupervisionOrder close(ZoneUser user, UUID id, OrderAction action) {
        OrderStore.Stored order = order(user.zoneId(), id);
        issuer(user, order);
        OrderState next = move(order.state(), OrderMoves.Move.CLOSE);
        String note = inputs.optional(action.text());
        if (!store.close(
                user.zoneId(), id, version(action), user.getUsername(), views.today(user.zoneId()), clock.instant())) {
            throw texts.stale();
        }
        return stepped(user, order, next, "CLOSE", note);
    }

    @Override
    @Transactional
    public SupervisionOrder sendBack(ZoneUser user, UUID id, OrderAction action) {
        OrderStore.Stored order = order(user.zoneId(), id);
        issuer(user, order);
        OrderState next = move(order.state(), OrderMoves.Move.SEND_BACK);
        String reason = inputs.required(action.text(), "text");
        if (!store.sendBack(user.zoneId(), id, version(action))) {
            throw texts.stale();
        }
        return stepped(user, order, next, "SEND_BACK", reason);
    }

    private SupervisionOrder stepped(
            ZoneUser user, OrderStore.Stored order, OrderState next, String action, String text) {
        store.step(user.zoneId(), order.id(), action, text, user.getUsername(), clock.instant());
        audit.record(
                user.zoneId(),
                user.getUsername(),
                "supervision-order",
                order.number(),
                action.toLowerCase(java.util.Locale.ROOT),
                text == null ? order.problem() : text,
                Map.of("state", order.state().name()),
                Map.of("state", next.name()));
        return find(user.zoneId(), order.id()).orElseThrow();
    }

    private void issuer(ZoneUser user, OrderStore.Stored order) {
        boolean office = user.is(Role.STAFF)
                && order.issuerDepartmentId() != null
                && order.issuerDepartmentId().equals(user.departmentId().orElse(null));
        if (!user.is(Role.ADMIN) && !office) {
            throw new AccessDeniedException("issuer");
        }
    }

    private OrderState move(OrderState from, OrderMoves.Move move) {
        try {
            return OrderMoves.next(from, move);
        } catch (OrderMoves.Refused refused) {
            throw texts.conflict(refused.key());
        }
    }

    private int version(OrderAction action) {
        if (action.version() == null) {
            throw texts.stale();
        }
        return action.version();
    }

    private OrderStore.Stored order(UUID zoneId, UUID id) {
        return store.find(zoneId, id).orElseThrow(() -> new NotFoundException("order " + id));
    }

    private SupervisionOrder view(UUID zoneId, OrderStore.Stored o, LocalDate today, boolean withSteps) {
        String projectName =
                projects.find(zoneId, o.projectId()).map(ProjectInfo::name).orElse(null);
        boolean overdue = o.state() != OrderState.CLOSED && o.deadline().isBefore(today);
        return new SupervisionOrder(
                o.id(),
                o.number(),
                o.problemId(),
                o.meetingId(),
                o.projectId(),
                projectName,
                o.problem(),
                o.departmentId(),
                o.issuerDepartmentId(),
                o.issuedBy(),
                o.issuedOn(),
                o.deadline(),
                o.state(),
                o.reply(),
                o.repliedBy(),
                o.repliedAt(),
                o.closedBy(),
                o.closedOn(),
                o.returns(),
                o.version(),
                overdue,
                withSteps ? store.steps(zoneId, o.id()) : List.of());
    }
}
