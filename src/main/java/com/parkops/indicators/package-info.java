/**
 * Economic monitoring (经济运行监测): the indicator catalogue with versioned definitions (口径),
 * enterprises' monthly figures with their full revision history, the streaming CSV/XLSX import
 * (monthly or year-to-date basis), the data-quality rules run on every import and reusable by the
 * enterprise submission flow, and the analysis answers: year-to-date summaries with comparable
 * (同口径) year-on-year growth by zone, chain, enterprise, scale or industry, and the zone's
 * per-mu, energy-intensity, leading-chain and emerging-industry figures. Enterprises are read from
 * the registry's published view {@code registry.enterprise_profile}; writes are audited through
 * {@link com.parkops.zone.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "zone", "registry"})
package com.parkops.indicators;
