package com.parkops.appeals;

/**
 * Counts of the appeals in a caller's scope.
 *
 * @param open not closed
 * @param overdue open and past the current step's deadline
 * @param awaitingDispatch in 受理, not dispatched yet
 * @param returnRequests waiting for the service centre to decide a return
 * @param extensionRequests waiting for the service centre to decide an extension
 */
public record AppealCounts(
        long open, long overdue, long awaitingDispatch, long returnRequests, long extensionRequests) {}
