/**
 * The home page of each role: what needs attention today, drawn from the other modules' public
 * APIs. It only reads, and no module depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "zone", "registry"})
package com.parkops.dashboard;
