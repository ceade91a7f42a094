package com.parkops.appeals;

import com.parkops.zone.ZoneUser;
import java.util.UUID;

/**
 * Moves an appeal one step. The caller must see the appeal ({@link com.parkops.shared.NotFoundException}
 * otherwise) and hold the role the step needs: the handling department's staff acknowledge, ask to
 * return or extend, start, note and reply; the service centre (its department's staff and
 * administrators) dispatches, arbitrates, revisits, reopens, closes, merges and reminds; the
 * enterprise may note and give its revisit verdict ({@link
 * org.springframework.security.access.AccessDeniedException} otherwise). A move the state does not
 * allow → {@link com.parkops.shared.ConflictException}; missing or invalid input → {@link
 * com.parkops.shared.InvalidInputException}. Each step is logged, audited and notified in one
 * transaction.
 */
public interface AppealWorkflow {

    /** Takes the action; DISPATCH on a dispatched appeal is a REDISPATCH. */
    AppealView act(ZoneUser user, UUID appealId, AppealAction action, ActionRequest request);
}
