package com.parkops.appeals;

import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.UUID;

/**
 * Taking appeals in. Staff (and administrators) enter appeals from any channel but the portal and
 * Open311; an enterprise user raises its own through the portal. The appeal gets the next case
 * number of its zone and year ({@code SQ2026-000123}) and starts in 受理 (dispatched at once when
 * the service centre asks for it). Invalid input → {@link com.parkops.shared.InvalidInputException}
 * with every problem, nothing written.
 */
public interface AppealIntake {

    AppealView receive(ZoneUser user, NewAppeal appeal, List<Upload> files);

    /** Adds files to an appeal in the caller's scope that is not closed; limits as for intake. */
    List<AttachmentInfo> attach(ZoneUser user, UUID appealId, List<Upload> files);
}
