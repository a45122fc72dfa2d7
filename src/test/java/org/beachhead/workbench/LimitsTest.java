package org.beachhead.workbench;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in lockout and the report limit open again once their time has passed. */
class LimitsTest {

    private static final WorkbenchProperties LIMITS = new WorkbenchProperties(5, 20, Duration.ofMinutes(15), 5, Duration.ofMinutes(10));

    @Test
    void fiveFailuresLockAnAccountForFifteenMinutesAfterTheLastOne() {
        AtomicLong now = new AtomicLong();
        SignInThrottle throttle = new SignInThrottle(LIMITS, now::get);
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.refused("Anna", "10.0.0.1")).isFalse();
            throttle.failed("Anna", "10.0.0.1");
        }
        assertThat(throttle.refused("anna", "10.0.0.2")).as("the account, from anywhere, in any case").isTrue();
        assertThat(throttle.refused("bob", "10.0.0.1")).as("another account from the same address").isFalse();

        now.addAndGet(Duration.ofMinutes(14).toNanos());
        assertThat(throttle.refused("anna", "10.0.0.1")).isTrue();
        now.addAndGet(Duration.ofMinutes(2).toNanos());
        assertThat(throttle.refused("anna", "10.0.0.1")).isFalse();
    }

    @Test
    void twentyFailuresFromOneAddressLockItWhateverTheAccount() {
        SignInThrottle throttle = new SignInThrottle(LIMITS, new AtomicLong()::get);
        for (int i = 0; i < 20; i++) {
            throttle.failed("account-" + i, "10.0.0.9");
        }
        assertThat(throttle.refused("someone-else", "10.0.0.9")).isTrue();
        assertThat(throttle.refused("someone-else", "10.0.0.8")).isFalse();
    }

    @Test
    void fiveReportsAnAddressThenAWaitUntilTheWindowCloses() {
        AtomicLong now = new AtomicLong();
        ReportLimit limit = new ReportLimit(LIMITS, now::get);
        for (int i = 0; i < 5; i++) {
            assertThat(limit.take("10.0.0.1")).as("report " + i).isEmpty();
        }
        now.addAndGet(Duration.ofMinutes(4).toNanos());
        assertThat(limit.take("10.0.0.1")).hasValue(360);
        assertThat(limit.take("10.0.0.2")).as("another address").isEmpty();

        now.addAndGet(Duration.ofMinutes(6).toNanos());
        assertThat(limit.take("10.0.0.1")).as("a new window").isEmpty();
    }
}
