package org.beachhead.workbench;

import org.beachhead.common.Text;

/** An article in the workbench's list: its slug and headline. */
record ArticleLink(String slug, Text headline) {
}
