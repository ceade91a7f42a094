package com.parkops.appeals.domain;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Persists what an {@link Appeal} did: its workflow columns (inserted for a new appeal, else
 * updated under its version), its new handling-log rows, one audit entry and the notifications per
 * step — all in the caller's transaction.
 */
@Component
class StepRecorder {

    private final AppealStore store;
    private final AppealAudit audit;
    private final AppealNotifier notifier;

    StepRecorder(AppealStore store, AppealAudit audit, AppealNotifier notifier) {
        this.store = store;
        this.audit = audit;
        this.notifier = notifier;
    }

    void created(UUID zoneId, Intake intake, Appeal appeal, UUID serviceCentre) {
        store.insert(zoneId, intake, appeal.state());
        if (appeal.state().state != com.parkops.appeals.AppealState.ACCEPTED) {
            store.update(zoneId, appeal.state());
        }
        logged(zoneId, intake, appeal, serviceCentre);
    }

    void moved(UUID zoneId, Intake intake, Appeal appeal, UUID serviceCentre) {
        store.update(zoneId, appeal.state());
        logged(zoneId, intake, appeal, serviceCentre);
    }

    private void logged(UUID zoneId, Intake intake, Appeal appeal, UUID serviceCentre) {
        store.append(zoneId, appeal.state().id, appeal.events());
        for (LoggedEvent event : appeal.events()) {
            audit.step(zoneId, intake, event);
            notifier.after(zoneId, intake, appeal.state().id, event, serviceCentre);
        }
    }
}
