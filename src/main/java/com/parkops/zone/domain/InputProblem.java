package com.parkops.zone.domain;

/** One problem with submitted input: the field it concerns and the message key with its arguments. */
record InputProblem(String field, String key, Object... args) {}
