package com.parkops.projects;

import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The zone's node templates. A zone without any gets a default template (the domain guide's nodes)
 * on first use. Edits carry the version read; a stale one fails with {@link
 * com.parkops.shared.ConflictException}. Invalid input fails with {@link
 * com.parkops.shared.InvalidInputException}, naming the node row and field. Every write is audited.
 */
public interface NodeTemplates {

    /** The zone's templates by name, the default first; seeds the default template when there is none. */
    List<NodeTemplate> list(UUID zoneId, String actor);

    Optional<NodeTemplate> find(UUID zoneId, UUID id);

    /** The zone's default template, if it has one (never seeds). */
    Optional<NodeTemplate> defaultTemplate(UUID zoneId);

    NodeTemplate create(ZoneUser user, TemplateChanges template);

    NodeTemplate update(ZoneUser user, UUID id, TemplateChanges template);
}
