package org.beachhead.search;

/** Where a term occurs in a name or passage: the token positions [firstPosition, endPosition) of {@link IndexedText}. */
record Match(int firstPosition, int endPosition) {
}
