/**
 * The demo zone: a realistic, generated zone (departments, one user per role, about 300
 * enterprises over five chains with land, qualifications and patents) loaded on an empty database
 * and two years of monthly figures, plus a handful of enterprise appeals at every step of their
 * workflow, an investment pipeline and its projects' node schedules, a dispatch meeting with
 * supervision orders, land quotas and a campaign, when {@code PARKOPS_DEMO=true}, so a newcomer sees a living system. Generated from a fixed seed:
 * every start on an empty database produces the same zone. It writes only through the other
 * modules' public APIs.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "zone", "registry", "indicators", "appeals", "investment", "projects"})
package com.parkops.demo;
