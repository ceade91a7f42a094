/**
 * The yearly per-mu benefit evaluation (亩均效益综合评价, "亩均论英雄"): versioned schemes with
 * their pools, weighted indicators, benchmarks, methods, bonus, penalty and veto items and grade
 * split; runs that score a year's enterprises from their accepted full-year figures (the
 * indicators module's SQL function {@code indicators.full_year}) and registered land (the
 * registry's view {@code registry.enterprise_profile}); the publication lifecycle with
 * objections; consequences per grade; what-if comparisons and the path to the next grade.
 * Every write is audited through {@link com.parkops.zone.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "zone"})
package com.parkops.evaluation;
