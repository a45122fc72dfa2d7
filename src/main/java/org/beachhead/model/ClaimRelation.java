package org.beachhead.model;

import org.beachhead.common.Coded;

/** How one claim bears on another: it contradicts it, revises it (the same person changing stance) or reports it again. */
public enum ClaimRelation implements Coded {
    CONTRADICTS, REVISES, REPORTS_AGAIN
}
