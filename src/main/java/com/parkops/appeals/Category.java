package com.parkops.appeals;

import java.util.UUID;

/**
 * A category and the department its appeals go to by default. The standard ones have a code whose
 * name the message bundles give ({@code appeals.category.<code>}); a zone's own keep their name.
 */
public record Category(
        UUID id,
        String code,
        String name,
        UUID defaultDepartmentId,
        boolean labourDispute,
        boolean active,
        int version) {}
