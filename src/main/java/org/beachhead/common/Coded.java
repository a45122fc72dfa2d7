package org.beachhead.common;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enum whose constants have a kebab-case code, as written in the curation file and in URLs
 * ({@code MARKET_FIGURE} is {@code market-figure}); pages name it through the message {@code <kind>.<code>}.
 */
public interface Coded {

    String name();

    default String code() {
        return name().toLowerCase().replace('_', '-');
    }

    static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.code().equals(code)).findFirst();
    }

    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
