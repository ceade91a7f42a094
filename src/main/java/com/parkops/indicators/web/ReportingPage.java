package com.parkops.indicators.web;

/** Marks the reporting and review page controllers, so a report that is not there is a 404 page. */
interface ReportingPage {}
