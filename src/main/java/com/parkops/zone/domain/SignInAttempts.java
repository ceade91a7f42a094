package com.parkops.zone.domain;

import com.parkops.zone.SignInProperties;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Locks an account after repeated failed sign-ins, whether through the login page or the API. */
@Component
class SignInAttempts {

    private final UserAccountRepository accounts;
    private final SignInProperties properties;
    private final Clock clock = Clock.systemUTC();

    SignInAttempts(UserAccountRepository accounts, SignInProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailure(
                event.getAuthentication().getName(),
                properties.maxFailedAttempts(),
                Instant.now(clock).plus(properties.lockout()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordSuccess(event.getAuthentication().getName());
    }
}
