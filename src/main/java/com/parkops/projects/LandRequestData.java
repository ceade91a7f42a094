package com.parkops.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a clerk enters for a land-quota request (用地指标申请).
 *
 * @param mu the area asked for, in mu (亩), more than 0, at most 2 decimals
 * @param requestedBy who asked: the investor or the unit that filed the request
 */
public record LandRequestData(
        UUID projectId, BigDecimal mu, String purpose, LocalDate requestedOn, String requestedBy) {}
