package org.beachhead.search;

/** Where a term occurs in an {@link IndexedText}: its tokens [firstToken, endToken). */
record Match(int firstToken, int endToken) {
}
