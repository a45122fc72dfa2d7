package org.beachhead.workbench;

import java.util.List;

/** A page of reports, newest first: {@code total} across all pages, {@code next} the next page's address or null. */
record ReportList(List<ReportItem> items, int page, int size, long total, String next) {
}
