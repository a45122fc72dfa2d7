package org.beachhead.workbench;

import org.beachhead.common.Text;

/** An event as the workbench names it: the event a reader reports a problem with, a claim of an article to edit. */
record EventTitle(String slug, Text headline) {
}
