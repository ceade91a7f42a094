package com.parkops.appeals.domain;

import com.parkops.appeals.AppealCategories;
import com.parkops.appeals.Category;
import com.parkops.appeals.Channel;
import com.parkops.appeals.NewAppeal;
import com.parkops.appeals.Upload;
import com.parkops.appeals.Urgency;
import com.parkops.shared.CreditCode;
import com.parkops.shared.InputError;
import com.parkops.zone.EnterpriseDirectory;
import com.parkops.zone.EnterpriseDirectory.EnterpriseRef;
import com.parkops.zone.Role;
import com.parkops.zone.Users;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks an appeal being taken in and resolves it: the enterprise from the registry (or the free
 * name of a caller without one), the channel (the portal for an enterprise, the meeting's kind for
 * a meeting's appeal), the labour figures only for a labour dispute, and whether and where to
 * dispatch at once. Every problem is collected; none → the intake, without its case number yet.
 */
@Component
class IntakeChecks {

    /** The checked intake and the department to dispatch to at once, if any. */
    record Checked(Intake intake, UUID dispatchTo) {}

    private final AppealCategories categories;
    private final EnterpriseDirectory directory;
    private final Users users;
    private final AttachmentStore attachments;
    private final JdbcClient jdbc;
    private final AppealMessages messages;

    IntakeChecks(
            AppealCategories categories,
            EnterpriseDirectory directory,
            Users users,
            AttachmentStore attachments,
            JdbcClient jdbc,
            AppealMessages messages) {
        this.categories = categories;
        this.directory = directory;
        this.users = users;
        this.attachments = attachments;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    Checked check(Actor actor, UUID zoneId, NewAppeal in, List<Upload> files) {
        List<InputError> errors = new ArrayList<>();
        if (in.type() == null) {
            errors.add(messages.error("type", "appeals.error.required"));
        }
        Category category = category(zoneId, in.categoryId(), errors);
        String title = text(in.title(), "title", 200, true, errors);
        String content = text(in.content(), "content", 5000, true, errors);
        String contactName = text(in.contactName(), "contactName", 50, false, errors);
        String contactPhone = text(in.contactPhone(), "contactPhone", 30, false, errors);
        Optional<Channel> meetingKind = meeting(zoneId, in.meetingId(), errors);
        Channel channel = in.meetingId() != null ? meetingKind.orElse(Channel.VISIT) : channel(actor, in, errors);
        EnterpriseRef registered = enterprise(actor, zoneId, in.creditCode(), errors);
        String freeName = registered != null
                ? registered.name()
                : text(in.enterpriseName(), "enterpriseName", 100, false, errors);
        if (registered == null
                && freeName == null
                && !errors.stream().anyMatch(e -> e.field().equals("creditCode"))) {
            errors.add(messages.error("enterpriseName", "appeals.error.enterpriseRequired"));
        }
        LabourFigures labour = category != null && category.labourDispute()
                ? LabourFigures.check(in.workersInvolved(), in.amountOwed(), in.amountRecovered(), messages, errors)
                : LabourFigures.NONE;
        UUID dispatchTo = dispatchTo(actor, zoneId, in, category, errors);
        errors.addAll(attachments.check(files, 0));
        messages.refuse(errors);
        Intake intake = new Intake(
                null,
                in.type(),
                channel,
                category.id(),
                in.urgency() == null ? Urgency.NORMAL : in.urgency(),
                title,
                content,
                registered == null ? null : registered.id(),
                freeName,
                registered == null ? null : registered.creditCode(),
                contactName,
                contactPhone,
                in.meetingId(),
                labour.workers(),
                labour.owed(),
                labour.recovered(),
                actor.username());
        return new Checked(intake, dispatchTo);
    }

    private Category category(UUID zoneId, UUID id, List<InputError> errors) {
        if (id == null) {
            errors.add(messages.error("categoryId", "appeals.error.required"));
            return null;
        }
        categories.list(zoneId);
        Optional<Category> found = categories.find(zoneId, id).filter(Category::active);
        if (found.isEmpty()) {
            errors.add(messages.error("categoryId", "appeals.error.unknownCategory"));
        }
        return found.orElse(null);
    }

    private Channel channel(Actor actor, NewAppeal in, List<InputError> errors) {
        if (actor.open311()) {
            return Channel.OPEN311;
        }
        if (actor.is(Role.ENTERPRISE)) {
            return Channel.PORTAL;
        }
        if (in.channel() == null) {
            errors.add(messages.error("channel", "appeals.error.required"));
            return Channel.HOTLINE;
        }
        if (in.channel() == Channel.PORTAL || in.channel() == Channel.OPEN311) {
            errors.add(messages.error("channel", "appeals.error.staffChannel"));
        }
        return in.channel();
    }

    /** The meeting's kind, when the appeal comes from a recorded meeting of the zone. */
    private Optional<Channel> meeting(UUID zoneId, UUID meetingId, List<InputError> errors) {
        if (meetingId == null) {
            return Optional.empty();
        }
        Optional<Channel> kind = jdbc.sql("select kind from appeals.meeting where zone_id = :zone and id = :id")
                .param("zone", zoneId)
                .param("id", meetingId)
                .query((rs, n) -> Channel.valueOf(rs.getString("kind")))
                .optional();
        if (kind.isEmpty()) {
            errors.add(messages.error("meetingId", "appeals.error.unknownMeeting"));
        }
        return kind;
    }

    private EnterpriseRef enterprise(Actor actor, UUID zoneId, String creditCode, List<InputError> errors) {
        if (actor.is(Role.ENTERPRISE)) {
            return directory.byId(zoneId, actor.enterpriseId()).orElse(null);
        }
        String code = CreditCode.normalize(creditCode == null ? "" : creditCode);
        if (code.isEmpty()) {
            return null;
        }
        if (CreditCode.problem(code).isPresent()) {
            errors.add(messages.error("creditCode", "appeals.error.invalidCreditCode"));
            return null;
        }
        Optional<EnterpriseRef> found = directory.byCreditCode(zoneId, code);
        if (found.isEmpty()) {
            errors.add(messages.error("creditCode", "appeals.error.unknownEnterprise"));
        }
        return found.orElse(null);
    }

    private UUID dispatchTo(Actor actor, UUID zoneId, NewAppeal in, Category category, List<InputError> errors) {
        if (in.departmentId() == null && !in.dispatchAtOnceToDefault()) {
            return null;
        }
        if (!actor.serviceCentre()) {
            errors.add(messages.error("departmentId", "appeals.error.dispatchNotAllowed"));
            return null;
        }
        UUID department = in.departmentId() != null
                ? in.departmentId()
                : category == null ? null : category.defaultDepartmentId();
        if (department != null && users.department(zoneId, department).isEmpty()) {
            errors.add(messages.error("departmentId", "appeals.error.unknownDepartment"));
            return null;
        }
        return department;
    }

    private String text(String value, String field, int max, boolean required, List<InputError> errors) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            if (required) {
                errors.add(messages.error(field, "appeals.error.required"));
            }
            return null;
        }
        if (trimmed.length() > max) {
            errors.add(messages.error(field, "appeals.error.tooLong", max));
        }
        return trimmed;
    }
}
