package org.beachhead.common;

public enum DatePrecision {
    DAY, MONTH, YEAR
}
