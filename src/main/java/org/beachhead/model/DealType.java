package org.beachhead.model;

import org.beachhead.common.Coded;

public enum DealType implements Coded {
    LICENSING, ORIGINAL_PRODUCTION, CO_PRODUCTION, RIGHTS_ACQUISITION, PARTNERSHIP, TECHNOLOGY, INVESTMENT
}
