package com.parkops.projects;

/** Which plan date a node's planned date counts from: signed, planned start or planned production. */
public enum DateBase {
    SIGNED,
    START,
    PRODUCTION
}
