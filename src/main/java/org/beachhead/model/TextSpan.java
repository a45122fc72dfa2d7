package org.beachhead.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A half-open range of character offsets [start, end) in an article's text. */
@Embeddable
public record TextSpan(@Column(name = "start_offset") int start, @Column(name = "end_offset") int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public boolean contains(TextSpan other) {
        return start <= other.start && other.end <= end;
    }
}
