package com.parkops.indicators.domain;

/** One finding of a rule or check, before translation. */
record Finding(Integer row, String field, String key, Object... args) {}
