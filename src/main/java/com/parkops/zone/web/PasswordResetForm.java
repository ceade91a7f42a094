package com.parkops.zone.web;

/** A new password an administrator sets for a user. */
record PasswordResetForm(@Password String password) {

    static PasswordResetForm empty() {
        return new PasswordResetForm("");
    }
}
