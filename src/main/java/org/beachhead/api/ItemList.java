package org.beachhead.api;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A whole list (partners, titles, regulators and people are few enough to need no pages). */
public record ItemList<T>(List<T> items, @Schema(description = "How many items the list holds") int total) {

    static <T> ItemList<T> of(List<T> items) {
        return new ItemList<>(items, items.size());
    }
}
