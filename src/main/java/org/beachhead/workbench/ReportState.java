package org.beachhead.workbench;

import org.beachhead.common.Coded;

/** Where a reader's report stands: {@code open} until an editor marks it {@code handled}. */
enum ReportState implements Coded {
    OPEN, HANDLED
}
