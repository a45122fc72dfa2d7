package org.beachhead.common;

import java.util.List;

/** A stretch of a long list, and how many items the whole list holds. */
public record Slice<T>(List<T> items, long total) {
}
