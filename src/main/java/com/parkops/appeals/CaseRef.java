package com.parkops.appeals;

import java.util.UUID;

/** Another appeal referred to by its case number. */
public record CaseRef(UUID id, String caseNumber) {}
