package org.beachhead.workbench;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;

/**
 * Failed sign-ins counted per account and per client address. Past either limit, sign-ins are refused, even with
 * the right password, until the lockout has passed since the last failure. Caffeine bounds the memory: at most
 * {@value #KEPT} accounts and as many addresses are remembered, the least used forgotten first.
 */
@Component
class SignInThrottle {

    private static final int KEPT = 10_000;

    private final Cache<String, Integer> accounts;
    private final Cache<String, Integer> addresses;
    private final WorkbenchProperties limits;

    @Autowired
    SignInThrottle(WorkbenchProperties limits) {
        this(limits, Ticker.systemTicker());
    }

    SignInThrottle(WorkbenchProperties limits, Ticker ticker) {
        this.limits = limits;
        // Each failure is a write, so the lockout runs from the last one.
        this.accounts = Caffeine.newBuilder().expireAfterWrite(limits.signInLockout()).maximumSize(KEPT).ticker(ticker).build();
        this.addresses = Caffeine.newBuilder().expireAfterWrite(limits.signInLockout()).maximumSize(KEPT).ticker(ticker).build();
    }

    boolean refused(String account, String address) {
        return count(accounts, key(account)) >= limits.signInFailuresPerAccount()
                || count(addresses, address) >= limits.signInFailuresPerAddress();
    }

    void failed(String account, String address) {
        accounts.asMap().merge(key(account), 1, Integer::sum);
        addresses.asMap().merge(address, 1, Integer::sum);
    }

    void succeeded(String account) {
        accounts.invalidate(key(account));
    }

    Duration lockout() {
        return limits.signInLockout();
    }

    /** Forgets every failure (tests start from a clean slate). */
    void forget() {
        accounts.invalidateAll();
        addresses.invalidateAll();
    }

    private static int count(Cache<String, Integer> failures, String key) {
        Integer count = failures.getIfPresent(key);
        return count == null ? 0 : count;
    }

    private static String key(String account) {
        return account == null ? "" : account.toLowerCase(Locale.ROOT);
    }
}
