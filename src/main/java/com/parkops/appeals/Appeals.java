package com.parkops.appeals;

import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reading appeals, always within the caller's data scope: an enterprise user sees only its own
 * enterprise's appeals; department staff those assigned to their department now or before (and
 * those they took in); the service centre's staff, administrators and leaders see all. An appeal
 * outside the scope is answered as absent.
 */
public interface Appeals {

    /** A page of the appeals in scope matching the filter, newest first; {@code size} is capped at 200. */
    AppealPage search(ZoneUser user, AppealFilter filter, int page, int size);

    /** One appeal with its handling log, files and the caller's allowed actions; absent outside the scope. */
    Optional<AppealView> find(ZoneUser user, UUID id);

    /** How many appeals in scope are open, overdue and waiting for the service centre. */
    AppealCounts counts(ZoneUser user);

    /**
     * Open appeals in scope that may be the same matter as a new one: the same enterprise (by
     * credit code, or else by name) and category, or a title similar beyond the threshold.
     *
     * @param except an appeal to leave out (the one being looked at), or null
     */
    List<DuplicateCandidate> duplicates(
            ZoneUser user, String creditCode, String enterpriseName, UUID categoryId, String title, UUID except);

    /** An attached file of an appeal in scope. */
    Optional<AttachmentFile> attachment(ZoneUser user, UUID appealId, UUID attachmentId);
}
