package org.beachhead.title;

import org.beachhead.common.Coded;

public enum TitleFormat implements Coded {
    SERIES, FILM
}
