package com.parkops.projects.domain;

import com.parkops.investment.InvestmentProjects;
import com.parkops.investment.ProjectInfo;
import com.parkops.investment.Stage;
import com.parkops.projects.DispatchMeeting;
import com.parkops.projects.DispatchMeetings;
import com.parkops.projects.MeetingProblem;
import com.parkops.projects.NewMeeting;
import com.parkops.projects.NewProblem;
import com.parkops.shared.InputError;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.Users;
import com.parkops.zone.ZoneUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dispatch meetings (调度会) and the problems raised in them. */
@Service
class DispatchMeetingService implements DispatchMeetings {

    private final DispatchMeetingStore store;
    private final InvestmentProjects projects;
    private final Users users;
    private final Texts texts;
    private final Audit audit;
    private final Clock clock;

    DispatchMeetingService(
            DispatchMeetingStore store,
            InvestmentProjects projects,
            Users users,
            Texts texts,
            Audit audit,
            Clock clock) {
        this.store = store;
        this.projects = projects;
        this.users = users;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<DispatchMeeting> list(UUID zoneId) {
        return store.list(zoneId).stream().map(head -> meeting(zoneId, head)).toList();
    }

    @Override
    public Optional<DispatchMeeting> find(UUID zoneId, UUID id) {
        return store.find(zoneId, id).map(head -> meeting(zoneId, head));
    }

    @Override
    @Transactional
    public DispatchMeeting record(ZoneUser user, NewMeeting meeting) {
        List<InputError> errors = new ArrayList<>();
        if (meeting.heldOn() == null) {
            errors.add(texts.error(null, "heldOn", "projects.error.required"));
        }
        String chair = text(meeting.chair());
        if (chair == null || chair.length() > 50) {
            errors.add(texts.error(null, "chair", "projects.error.chair"));
        }
        String attendees = text(meeting.attendees());
        if (attendees != null && attendees.length() > 1000) {
            errors.add(texts.error(null, "attendees", "projects.error.tooLong", 1000));
        }
        String minutes = text(meeting.minutes());
        if (minutes != null && minutes.length() > 20000) {
            errors.add(texts.error(null, "minutes", "projects.error.tooLong", 20000));
        }
        texts.refuse(errors);
        UUID id = UUID.randomUUID();
        NewMeeting clean = new NewMeeting(meeting.heldOn(), chair, attendees, minutes);
        store.insert(user.zoneId(), id, clean, user.getUsername(), clock.instant());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("heldOn", clean.heldOn());
        after.put("chair", chair);
        after.put("attendees", attendees);
        audit.record(
                user.zoneId(),
                user.getUsername(),
                "dispatch-meeting",
                id,
                "create",
                clean.heldOn() + " " + chair,
                Map.of(),
                after);
        return find(user.zoneId(), id).orElseThrow();
    }

    @Override
    @Transactional
    public MeetingProblem raise(ZoneUser user, UUID meetingId, NewProblem problem) {
        store.find(user.zoneId(), meetingId).orElseThrow(() -> new NotFoundException("meeting " + meetingId));
        List<InputError> errors = new ArrayList<>();
        Optional<ProjectInfo> project = problem.projectId() == null
                ? Optional.empty()
                : projects.find(user.zoneId(), problem.projectId())
                        .filter(p -> p.stage().reached(Stage.SIGNED));
        if (project.isEmpty()) {
            errors.add(texts.error(null, "projectId", "projects.error.project"));
        }
        String text = text(problem.text());
        if (text == null || text.length() > 2000) {
            errors.add(texts.error(null, "text", "projects.error.problemText"));
        }
        if (problem.departmentId() == null
                || users.department(user.zoneId(), problem.departmentId()).isEmpty()) {
            errors.add(texts.error(null, "departmentId", "projects.error.department"));
        }
        texts.refuse(errors);
        UUID id = UUID.randomUUID();
        store.insertProblem(
                user.zoneId(),
                id,
                meetingId,
                new NewProblem(problem.projectId(), text, problem.departmentId()),
                user.getUsername(),
                clock.instant());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("meetingId", meetingId);
        after.put("project", project.get().code());
        after.put("departmentId", problem.departmentId());
        after.put("text", text);
        audit.record(
                user.zoneId(),
                user.getUsername(),
                "meeting-problem",
                id,
                "create",
                project.get().name(),
                Map.of(),
                after);
        return find(user.zoneId(), meetingId).orElseThrow().problems().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private DispatchMeeting meeting(UUID zoneId, DispatchMeetingStore.Head head) {
        List<MeetingProblem> problems = store.problems(zoneId, head.id()).stream()
                .map(p -> new MeetingProblem(
                        p.id(),
                        p.projectId(),
                        projects.find(zoneId, p.projectId())
                                .map(ProjectInfo::name)
                                .orElse(null),
                        p.text(),
                        p.departmentId(),
                        p.orderId(),
                        p.orderNumber()))
                .toList();
        return new DispatchMeeting(
                head.id(), head.heldOn(), head.chair(), head.attendees(), head.minutes(), head.createdBy(), problems);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
