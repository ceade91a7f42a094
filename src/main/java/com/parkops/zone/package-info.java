/**
 * Zones (园区, the tenants), departments, users with their roles, sign-in for pages and the API
 * (form login, HTTP Basic, personal access tokens, lockout) and the audit log of every write.
 * Every other module learns who is acting from {@link com.parkops.zone.ZoneUser} and records its
 * writes through {@link com.parkops.zone.AuditLog}. Enterprises are referred to by id only; the
 * registry supplies their names through {@link com.parkops.zone.EnterpriseDirectory}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package com.parkops.zone;
