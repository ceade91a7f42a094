/**
 * Investment attraction (招商引资): the pipeline of projects from lead to design capacity with
 * lost/paused outcomes, investor details and amounts in 万元 or US dollars at a kept rate, the
 * 5020 / niche-leader / listed-company labels, teams and the 三比三促 contest, signed contracts with
 * their promises checked against the enterprise's actual figures, imports and exports, and the
 * year's figures (signed amount and 5020 count with YoY, start and production rates). Every write
 * is audited through {@link com.parkops.zone.AuditLog}. Project advancement (node schedules,
 * supervision orders, land quotas, campaigns) is the {@code projects} module, which reads projects
 * through {@link com.parkops.investment.InvestmentProjects} and listens to
 * {@link com.parkops.investment.ProjectStageChanged}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "zone", "registry", "indicators"})
package com.parkops.investment;
