package org.beachhead.workbench;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Limits of the workbench (docs/operations.md). Sign-ins: after this many failures for one account, or from one
 * address, sign-ins are refused until {@code signInLockout} has passed since the last failure. Reports: this many
 * from one address per {@code reportWindow}.
 */
@ConfigurationProperties("beachhead.workbench")
record WorkbenchProperties(@DefaultValue("5") int signInFailuresPerAccount,
                           @DefaultValue("20") int signInFailuresPerAddress,
                           @DefaultValue("15m") Duration signInLockout,
                           @DefaultValue("5") int reportsPerAddress,
                           @DefaultValue("10m") Duration reportWindow) {
}
