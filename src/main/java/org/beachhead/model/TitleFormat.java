package org.beachhead.model;

import org.beachhead.common.Coded;

public enum TitleFormat implements Coded {
    SERIES, FILM
}
