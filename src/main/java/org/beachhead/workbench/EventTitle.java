package org.beachhead.workbench;

import org.beachhead.common.Text;

/** The event a reader reports a problem with, as the form names it. */
record EventTitle(String slug, Text headline) {
}
