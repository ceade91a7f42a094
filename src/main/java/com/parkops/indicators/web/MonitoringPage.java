package com.parkops.indicators.web;

/** Marks the monitoring pages' controllers, so their errors render as pages. */
interface MonitoringPage {}
