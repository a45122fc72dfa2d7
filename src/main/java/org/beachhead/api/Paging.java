package org.beachhead.api;

import org.beachhead.common.BadParameterException;
import org.beachhead.common.QueryParameters;

import java.util.regex.Pattern;

/** Which page of a list to answer: {@code page} counts from 1; {@code size} is at most {@value #MAX_SIZE}. */
record Paging(int page, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    private static final Pattern SIZE = Pattern.compile("\\d{1,3}");

    /** @throws BadParameterException naming {@code page} or {@code size} when either is not a whole number in range */
    static Paging parse(String page, String size) {
        int pageNumber = QueryParameters.pageNumber(page);
        int pageSize = number(size, SIZE, DEFAULT_SIZE);
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw new BadParameterException("size", "error.parameter.size", QueryParameters.abbreviated(size), MAX_SIZE);
        }
        return new Paging(pageNumber, pageSize);
    }

    /** How many items come before this page; a long, as page × size may not fit an int. */
    long offset() {
        return (long) (page - 1) * size;
    }

    /** The value as a number; {@code absent} when it is not given, and -1 (out of every range) when it is not a number. */
    private static int number(String value, Pattern syntax, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        return syntax.matcher(value.strip()).matches() ? Integer.parseInt(value.strip()) : -1;
    }
}
