package org.beachhead.common;

/**
 * Every entity takes its ids from its table's sequence ({@code <table>_seq}), a block at a time, so
 * Hibernate knows an id before the insert and can send inserts in JDBC batches; identity columns
 * made it insert each row on its own to read the id back.
 */
public final class SequenceIds {

    /**
     * Ids taken per call to a sequence. It must equal the sequences' increment (set by migration V3),
     * or Hibernate refuses to start.
     */
    public static final int BLOCK = 50;

    private SequenceIds() {
    }
}
