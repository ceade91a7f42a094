package com.parkops.appeals.domain;

import com.parkops.appeals.AppealAction;
import com.parkops.appeals.AppealCategories;
import com.parkops.appeals.AppealCounts;
import com.parkops.appeals.AppealEvent;
import com.parkops.appeals.AppealFilter;
import com.parkops.appeals.AppealPage;
import com.parkops.appeals.AppealRules;
import com.parkops.appeals.AppealSettings;
import com.parkops.appeals.AppealSummary;
import com.parkops.appeals.AppealView;
import com.parkops.appeals.Appeals;
import com.parkops.appeals.AttachmentFile;
import com.parkops.appeals.CaseRef;
import com.parkops.appeals.Category;
import com.parkops.appeals.DuplicateCandidate;
import com.parkops.shared.CreditCode;
import com.parkops.zone.EnterpriseDirectory;
import com.parkops.zone.Role;
import com.parkops.zone.Users;
import com.parkops.zone.ZoneUser;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading appeals within the caller's data scope ({@link Scope}). */
@Service
@Transactional(readOnly = true)
class AppealReads implements Appeals {

    /** The steps an enterprise sees on its own appeal's timeline. */
    private static final Set<AppealAction> SHOWN_TO_ENTERPRISE = EnumSet.of(
            AppealAction.RECEIVE,
            AppealAction.DISPATCH,
            AppealAction.REDISPATCH,
            AppealAction.APPROVE_RETURN,
            AppealAction.ACKNOWLEDGE,
            AppealAction.START,
            AppealAction.APPROVE_EXTENSION,
            AppealAction.REPLY,
            AppealAction.REVISIT,
            AppealAction.REOPEN,
            AppealAction.CLOSE,
            AppealAction.MERGE);

    private final JdbcClient jdbc;
    private final EventReads events;
    private final AttachmentStore attachments;
    private final DuplicateFinder duplicates;
    private final AppealCategories categories;
    private final AppealRules rules;
    private final ZoneDeadlines deadlines;
    private final Users users;
    private final EnterpriseDirectory directory;
    private final Clock clock;

    AppealReads(
            JdbcClient jdbc,
            EventReads events,
            AttachmentStore attachments,
            DuplicateFinder duplicates,
            AppealCategories categories,
            AppealRules rules,
            ZoneDeadlines deadlines,
            Users users,
            EnterpriseDirectory directory,
            Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.attachments = attachments;
        this.duplicates = duplicates;
        this.categories = categories;
        this.rules = rules;
        this.deadlines = deadlines;
        this.users = users;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public AppealPage search(ZoneUser user, AppealFilter filter, int page, int size) {
        AppealSettings settings = rules.settings(user.zoneId());
        ReadContext context = context(user.zoneId(), settings);
        SearchSql sql = SearchSql.of(user.zoneId(), Scope.of(AccessRules.actor(user, settings)), filter);
        int pageSize = Math.max(1, Math.min(size, 200));
        int number = Math.max(0, page);
        long total = jdbc.sql("select count(*) from appeals.appeal a where " + sql.where())
                .params(sql.params())
                .query(Long.class)
                .single();
        List<AppealSummary> items = jdbc.sql("select a.* from appeals.appeal a where " + sql.where()
                        + " order by a.received_at desc, a.case_number desc limit :limit offset :offset")
                .params(sql.params())
                .param("limit", pageSize)
                .param("offset", (long) number * pageSize)
                .query((rs, n) -> context.summary(rs))
                .list();
        return new AppealPage(items, number, pageSize, total);
    }

    @Override
    public Optional<AppealView> find(ZoneUser user, UUID id) {
        AppealSettings settings = rules.settings(user.zoneId());
        Actor actor = AccessRules.actor(user, settings);
        Scope scope = Scope.of(actor);
        ReadContext context = context(user.zoneId(), settings);
        return jdbc.sql("select a.* from appeals.appeal a where a.zone_id = :zone and a.id = :id and "
                        + scope.condition())
                .param("zone", user.zoneId())
                .param("id", id)
                .params(scope.params())
                .query((rs, n) -> new Row(context.summary(rs), AppealStore.intake(rs), AppealStore.workflow(rs)))
                .optional()
                .map(row -> view(user.zoneId(), actor, row, context));
    }

    @Override
    public AppealCounts counts(ZoneUser user) {
        Scope scope = Scope.of(AccessRules.actor(user, rules.settings(user.zoneId())));
        return jdbc.sql("""
                select count(*) filter (where a.state <> 'CLOSED') as open,
                       count(*) filter (where a.state <> 'CLOSED' and a.deadline < now()) as overdue,
                       count(*) filter (where a.state = 'ACCEPTED') as waiting,
                       count(*) filter (where a.state = 'RETURN_REQUESTED') as returns,
                       count(*) filter (where a.pending_extension_days is not null) as extensions
                from appeals.appeal a where a.zone_id = :zone and %s
                """.formatted(scope.condition()))
                .param("zone", user.zoneId())
                .params(scope.params())
                .query((rs, n) -> new AppealCounts(
                        rs.getLong("open"),
                        rs.getLong("overdue"),
                        rs.getLong("waiting"),
                        rs.getLong("returns"),
                        rs.getLong("extensions")))
                .single();
    }

    @Override
    public List<DuplicateCandidate> duplicates(
            ZoneUser user, String creditCode, String enterpriseName, UUID categoryId, String title, UUID except) {
        Actor actor = AccessRules.actor(user, rules.settings(user.zoneId()));
        UUID enterprise = user.enterpriseId().orElse(null);
        if (enterprise == null && creditCode != null && !creditCode.isBlank()) {
            enterprise = directory
                    .byCreditCode(user.zoneId(), CreditCode.normalize(creditCode))
                    .map(EnterpriseDirectory.EnterpriseRef::id)
                    .orElse(null);
        }
        return duplicates.find(user.zoneId(), Scope.of(actor), enterprise, enterpriseName, categoryId, title, except);
    }

    @Override
    public Optional<AttachmentFile> attachment(ZoneUser user, UUID appealId, UUID attachmentId) {
        Scope scope = Scope.of(AccessRules.actor(user, rules.settings(user.zoneId())));
        boolean visible = jdbc.sql("select count(*) from appeals.appeal a where a.zone_id = :zone and a.id = :id and "
                                + scope.condition())
                        .param("zone", user.zoneId())
                        .param("id", appealId)
                        .params(scope.params())
                        .query(Integer.class)
                        .single()
                > 0;
        return visible ? attachments.file(user.zoneId(), appealId, attachmentId) : Optional.empty();
    }

    ReadContext context(UUID zoneId, AppealSettings settings) {
        return new ReadContext(
                categories.list(zoneId).stream().collect(Collectors.toMap(Category::id, Function.identity())),
                users.departments(zoneId).stream()
                        .collect(Collectors.toMap(Users.Department::id, Users.Department::name)),
                deadlines.of(zoneId, settings),
                clock.instant());
    }

    private AppealView view(UUID zoneId, Actor actor, Row row, ReadContext context) {
        WorkflowState s = row.workflow();
        Appeal appeal = new Appeal(s, context.deadlines());
        Set<AppealAction> allowed =
                AccessRules.roleAllows(actor, s.departmentId, row.intake().enterpriseId());
        allowed.removeIf(action -> !appeal.permits(action, context.now()));
        if (row.summary().category() == null || !row.summary().category().labourDispute()) {
            allowed.remove(AppealAction.UPDATE_LABOUR);
        }
        List<AppealEvent> log = events.of(zoneId, s.id, context.departments());
        if (actor.is(Role.ENTERPRISE)) {
            log = log.stream()
                    .filter(e -> SHOWN_TO_ENTERPRISE.contains(e.kind())
                            || (e.kind() == AppealAction.NOTE
                                    && Role.ENTERPRISE.name().equals(e.actorRole())))
                    .toList();
        }
        Intake in = row.intake();
        return new AppealView(
                row.summary(),
                in.content(),
                in.creditCode(),
                in.contactName(),
                in.contactPhone(),
                in.meetingId(),
                in.workersInvolved(),
                in.amountOwed(),
                in.amountRecovered(),
                in.receivedBy(),
                s.replyDeadline,
                s.returnDeadline,
                s.extensionDays,
                s.pendingExtensionDays,
                s.pendingExtensionReason,
                s.pendingReturnReason,
                s.resolved,
                s.satisfaction,
                s.mergedInto == null
                        ? null
                        : caseRefs(zoneId, "a.id = :ref", s.mergedInto).stream()
                                .findFirst()
                                .orElse(null),
                caseRefs(zoneId, "a.merged_into = :ref", s.id),
                s.closedAt,
                s.version,
                log,
                attachments.list(zoneId, s.id),
                allowed);
    }

    private List<CaseRef> caseRefs(UUID zoneId, String condition, UUID ref) {
        return jdbc.sql("select a.id, a.case_number from appeals.appeal a where a.zone_id = :zone and " + condition
                        + " order by a.case_number")
                .param("zone", zoneId)
                .param("ref", ref)
                .query((rs, n) -> new CaseRef(rs.getObject("id", UUID.class), rs.getString("case_number")))
                .list();
    }

    private record Row(AppealSummary summary, Intake intake, WorkflowState workflow) {}
}
