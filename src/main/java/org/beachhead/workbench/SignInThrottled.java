package org.beachhead.workbench;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** A sign-in refused, whatever the password, because of too many failures before it. */
class SignInThrottled extends AuthenticationException {

    private final Duration lockout;

    SignInThrottled(Duration lockout) {
        super("Too many failed sign-ins; try again in " + lockout.toMinutes() + " minutes");
        this.lockout = lockout;
    }

    Duration lockout() {
        return lockout;
    }
}
