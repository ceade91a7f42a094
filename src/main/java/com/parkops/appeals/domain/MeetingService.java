package com.parkops.appeals.domain;

import com.parkops.appeals.AppealMeetings;
import com.parkops.appeals.Meeting;
import com.parkops.appeals.NewAppeal;
import com.parkops.appeals.NewMeeting;
import com.parkops.shared.CreditCode;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.zone.EnterpriseDirectory;
import com.parkops.zone.Role;
import com.parkops.zone.ZoneUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Meeting records and the appeals they yield, taken in together, all or nothing. */
@Service
class MeetingService implements AppealMeetings {

    private final MeetingStore store;
    private final IntakeService intake;
    private final EnterpriseDirectory directory;
    private final AppealAudit audit;
    private final AppealMessages messages;

    MeetingService(
            MeetingStore store,
            IntakeService intake,
            EnterpriseDirectory directory,
            AppealAudit audit,
            AppealMessages messages) {
        this.store = store;
        this.intake = intake;
        this.directory = directory;
        this.audit = audit;
        this.messages = messages;
    }

    @Override
    @Transactional
    public Meeting record(ZoneUser user, NewMeeting meeting) {
        if (!user.is(Role.STAFF) && !user.is(Role.ADMIN)) {
            throw new AccessDeniedException("meeting");
        }
        List<InputError> errors = new ArrayList<>();
        if (meeting.kind() == null || !meeting.kind().meeting()) {
            errors.add(messages.error("kind", "appeals.error.meetingKind"));
        }
        if (meeting.heldOn() == null) {
            errors.add(messages.error("heldOn", "appeals.error.required"));
        }
        if (meeting.host() == null || meeting.host().isBlank()) {
            errors.add(messages.error("host", "appeals.error.required"));
        }
        List<Meeting.Participant> participants = participants(user.zoneId(), meeting.enterprises(), errors);
        messages.refuse(errors);
        UUID id = UUID.randomUUID();
        store.insert(user.zoneId(), id, meeting, participants, user.getUsername());
        audit.changed(
                user.zoneId(),
                user.getUsername(),
                "meeting-" + id.toString().substring(0, 8),
                "create",
                messages.stored("appeals.channel." + meeting.kind().name()) + " " + meeting.heldOn(),
                Map.of(),
                Map.of("host", meeting.host().strip(), "enterprises", participants.size()));
        for (int i = 0; i < meeting.appeals().size(); i++) {
            NewAppeal raised = meeting.appeals().get(i);
            NewAppeal fromMeeting = new NewAppeal(
                    raised.type(),
                    meeting.kind(),
                    raised.categoryId(),
                    raised.urgency(),
                    raised.title(),
                    raised.content(),
                    raised.creditCode(),
                    raised.enterpriseName(),
                    raised.contactName(),
                    raised.contactPhone(),
                    id,
                    raised.departmentId(),
                    raised.dispatchToDefault(),
                    raised.workersInvolved(),
                    raised.amountOwed(),
                    raised.amountRecovered());
            try {
                intake.take(user, fromMeeting, List.of());
            } catch (InvalidInputException invalid) {
                int row = i + 1;
                throw new InvalidInputException(
                        invalid.getMessage(),
                        invalid.errors().stream()
                                .map(e -> new InputError(row, "appeals." + e.field(), e.message()))
                                .toList());
            }
        }
        return store.find(user.zoneId(), id).orElseThrow();
    }

    @Override
    public List<Meeting> list(UUID zoneId) {
        return store.list(zoneId);
    }

    @Override
    public Optional<Meeting> find(UUID zoneId, UUID meetingId) {
        return store.find(zoneId, meetingId);
    }

    /** Each entry a registered enterprise's credit code or the name of one not registered. */
    private List<Meeting.Participant> participants(UUID zoneId, List<String> entries, List<InputError> errors) {
        List<Meeting.Participant> participants = new ArrayList<>();
        for (String entry : entries) {
            String value = entry == null ? "" : entry.strip();
            if (value.isEmpty()) {
                continue;
            }
            String code = CreditCode.normalize(value);
            if (code.length() == 18 && CreditCode.problem(code).isEmpty()) {
                Optional<EnterpriseDirectory.EnterpriseRef> found = directory.byCreditCode(zoneId, code);
                if (found.isEmpty()) {
                    errors.add(messages.error("enterprises", "appeals.error.unknownEnterpriseCode", code));
                } else {
                    participants.add(new Meeting.Participant(
                            found.get().id(),
                            found.get().creditCode(),
                            found.get().name()));
                }
            } else if (value.length() > 100) {
                errors.add(messages.error("enterprises", "appeals.error.tooLong", 100));
            } else {
                participants.add(new Meeting.Participant(null, null, value));
            }
        }
        return participants;
    }
}
