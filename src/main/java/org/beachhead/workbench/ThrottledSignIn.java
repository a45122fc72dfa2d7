package org.beachhead.workbench;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks an editor's name and password (the form at /login and HTTP Basic on the API alike) with Spring
 * Security's {@link DaoAuthenticationProvider}, after asking {@link SignInThrottle} whether this account or
 * address may still try, and tells it each failure.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(Editors editors, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(editors::signingIn);
        this.passwords.setPasswordEncoder(editors.encoder());
        this.passwords.setUserDetailsPasswordService(editors::upgrade);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "";
        if (throttle.refused(attempt.getName(), address)) {
            throw new SignInThrottled(throttle.lockout());
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(attempt.getName());
            return signedIn;
        } catch (BadCredentialsException wrong) {
            throttle.failed(attempt.getName(), address);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
