package com.parkops.projects.domain;

import com.parkops.investment.ProjectInfo;
import com.parkops.shared.events.ProjectNodeSlipped;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes {@link ProjectNodeSlipped} for a node observed behind its planned date. */
@Component
class Slippage {

    private final ApplicationEventPublisher events;

    Slippage(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Publishes when {@code observedOn} is after the planned date; true when it did. */
    boolean observe(UUID zoneId, ProjectInfo project, StoredNode node, LocalDate observedOn) {
        long days = ChronoUnit.DAYS.between(node.plannedOn(), observedOn);
        if (days <= 0) {
            return false;
        }
        events.publishEvent(new ProjectNodeSlipped(
                zoneId,
                project.id(),
                project.code(),
                project.name(),
                node.id(),
                node.name(),
                node.departmentId(),
                node.plannedOn(),
                observedOn,
                (int) days));
        return true;
    }
}
