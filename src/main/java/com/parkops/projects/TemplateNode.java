package com.parkops.projects;

import java.util.UUID;

/**
 * One node of a template, in its order.
 *
 * @param departmentId the responsible zone department, or null when {@code unit} names an outside unit
 * @param unit the responsible unit as free text (used when no department is set)
 * @param base the plan date the planned date counts from
 * @param offsetDays days after (negative: before) the base date
 */
public record TemplateNode(Phase phase, String name, UUID departmentId, String unit, DateBase base, int offsetDays) {}
