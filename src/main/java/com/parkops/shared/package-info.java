/**
 * Shared kernel: value types every module speaks ({@link com.parkops.shared.CreditCode}, land area
 * conversion, periods), the database start-up (embedded PostgreSQL or an external server, and the
 * per-module Flyway migrations), streaming readers for CSV/XLSX imports and the web plumbing
 * (problem details, layout helpers). It is an open module: it depends on no business module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.parkops.shared;
