package org.beachhead.model;

import org.beachhead.common.Coded;

public enum EventKind implements Coded {
    DEAL, TALKS, ACQUISITION, INVESTMENT, REGULATION, STATEMENT, MARKET_FIGURE, MARKET, TITLE_RELEASE
}
