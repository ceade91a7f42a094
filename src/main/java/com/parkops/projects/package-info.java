/**
 * Project advancement (项目推进 / 重大项目调度): node schedules from configurable templates (phases
 * and nodes with responsible units, planned dates from the project plan, actual dates and
 * evidence) with green/yellow/red status per node and project, the responsible leader and lead
 * department (包保责任), dispatch meetings (调度会) whose problems become supervision orders (督办单)
 * tracked to closure, land quotas (用地指标) and campaigns (百日攻坚). Reads projects through
 * {@link com.parkops.investment.InvestmentProjects}; publishes
 * {@link com.parkops.shared.events.ProjectNodeSlipped} for late nodes. Every write is audited
 * through {@link com.parkops.zone.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "zone", "investment"})
package com.parkops.projects;
