package org.beachhead.common;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reading filter parameters strictly: a value that cannot be understood is a {@link BadParameterException}. */
public final class QueryParameters {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** Nine digits at most, so a page number always fits an int. */
    private static final Pattern PAGE = Pattern.compile("\\d{1,9}");

    private QueryParameters() {
    }

    /** The values of a parameter that may be repeated or comma-separated, without blanks or repeats. */
    public static List<String> split(List<String> values) {
        Set<String> parts = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        parts.add(part.strip());
                    }
                }
            }
        }
        return List.copyOf(parts);
    }

    public static List<String> slugs(String parameter, List<String> values) {
        List<String> slugs = split(values);
        for (String slug : slugs) {
            if (slug.length() > 200 || !SLUG.matcher(slug).matches()) {
                throw new BadParameterException(parameter, "error.parameter.slug", abbreviated(slug));
            }
        }
        return slugs;
    }

    /**
     * The page asked for, counting from 1; 1 when the parameter is absent.
     *
     * @throws BadParameterException naming {@code page} when it is not a whole number from 1
     */
    public static int pageNumber(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        String digits = value.strip();
        if (!PAGE.matcher(digits).matches() || Integer.parseInt(digits) < 1) {
            throw new BadParameterException("page", "error.parameter.page", abbreviated(value));
        }
        return Integer.parseInt(digits);
    }

    /** A bad value is echoed back, but never at any length: an error page is not an amplifier. */
    public static String abbreviated(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }

    public static <E extends Enum<E> & Coded> List<E> codes(String parameter, List<String> values, Class<E> type) {
        return split(values).stream()
                .map(code -> Coded.fromCode(type, code).orElseThrow(() -> new BadParameterException(parameter,
                        "error.parameter.code", abbreviated(code), Coded.codes(type))))
                .toList();
    }
}
