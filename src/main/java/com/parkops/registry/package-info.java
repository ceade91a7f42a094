/**
 * The enterprise registry (企业档案): enterprises with their credit codes, industry and chain,
 * 规上 history, land parcels, qualifications and patents, the zone's chains and leading chain,
 * and the CSV/XLSX import and export. Other modules read it through {@link
 * com.parkops.registry.Enterprises} or, in SQL, through the view {@code registry.enterprise_profile};
 * they write through {@link com.parkops.registry.EnterpriseCommands} (every write audited, stale
 * versions refused). Its pages and API read full records through {@link
 * com.parkops.registry.EnterpriseQueries}. It implements the zone module's {@link
 * com.parkops.zone.EnterpriseDirectory}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "zone"})
package com.parkops.registry;
