package org.beachhead.common;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.stereotype.Component;

import java.time.Year;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The typed values of request parameters, read strictly by this converter (Spring MVC registers it, as a bean):
 * a value that cannot be understood is a {@link BadParameterException}, which the error handlers name after the
 * parameter Spring reports. A repeated parameter is read as its values joined with commas, as Spring joins a
 * String parameter's: a list takes them all, a single value refuses them. Every type is a record of this class,
 * never an enum, a number or a String: when a converter refuses one of those, Spring retries the value with its
 * own lenient rules (enum constant names, hexadecimal numbers, the first of repeated values).
 */
@Component
@SuppressWarnings({"unchecked", "rawtypes"})
public class QueryParameters implements GenericConverter {

    /** A page number, from 1; a blank one is the first page. */
    public record PageNumber(int value) {
    }

    /** How many items a page of the API holds, from 1 to {@value #MAX}. */
    public record PageSize(int value) {
        public static final int DEFAULT = 50;
        public static final int MAX = 200;
    }

    /** Slugs, repeated or comma-separated. */
    public record Slugs(List<String> values) {
    }

    /** Codes of a {@link Coded} enum, repeated or comma-separated. */
    public record Codes<E extends Enum<E> & Coded>(List<E> values) {
    }

    /** A chronological list's order: oldest first (also when blank) or newest first. */
    public record Order(boolean newestFirst) {
    }

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** Nine digits at most, so a page number always fits an int. */
    private static final Pattern PAGE = Pattern.compile("\\d{1,9}");
    private static final Pattern SIZE = Pattern.compile("\\d{1,3}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private static final Map<Class<?>, BiFunction<String, TypeDescriptor, Object>> READERS = Map.of(
            PageNumber.class, (value, type) -> new PageNumber(number(value, PAGE, Integer.MAX_VALUE, 1, "error.parameter.page")),
            PageSize.class, (value, type) -> new PageSize(number(value, SIZE, PageSize.MAX, PageSize.DEFAULT, "error.parameter.size")),
            Slugs.class, (value, type) -> new Slugs(slugs(value)),
            Codes.class, (value, type) -> codes(value, (Class) type.getResolvableType().getGeneric(0).resolve()),
            Order.class, (value, type) -> order(value),
            Year.class, (value, type) -> year(value));

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return READERS.keySet().stream().flatMap(type -> Stream.of(new ConvertiblePair(String.class, type),
                new ConvertiblePair(String[].class, type))).collect(Collectors.toSet());
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        String value = source instanceof String[] values ? String.join(",", values) : (String) source;
        return READERS.get(targetType.getType()).apply(value, targetType);
    }

    /** A bad value is echoed back, but never at any length: an error page is not an amplifier. */
    public static String abbreviated(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }

    /** {@code blank} when blank; otherwise the digits of a whole number from 1 to {@code max}. */
    private static int number(String value, Pattern digits, int max, int blank, String reason) {
        if (value.isBlank()) {
            return blank;
        }
        String text = value.strip();
        if (!digits.matcher(text).matches() || Integer.parseInt(text) < 1 || Integer.parseInt(text) > max) {
            throw BadParameterException.unnamed(reason, abbreviated(value), PageSize.MAX);
        }
        return Integer.parseInt(text);
    }

    /** The values of a parameter that may be repeated or comma-separated, without blanks or repeats. */
    private static Set<String> split(String value) {
        Set<String> parts = new LinkedHashSet<>();
        Arrays.stream(value.split(",")).filter(part -> !part.isBlank()).forEach(part -> parts.add(part.strip()));
        return parts;
    }

    private static List<String> slugs(String value) {
        Set<String> slugs = split(value);
        slugs.stream().filter(slug -> slug.length() > 200 || !SLUG.matcher(slug).matches()).findFirst().ifPresent(slug -> {
            throw BadParameterException.unnamed("error.parameter.slug", abbreviated(slug));
        });
        return List.copyOf(slugs);
    }

    private static <E extends Enum<E> & Coded> Codes<E> codes(String value, Class<E> type) {
        return new Codes<>(split(value).stream().map(code -> Coded.fromCode(type, code).orElseThrow(() ->
                BadParameterException.unnamed("error.parameter.code", abbreviated(code), Coded.codes(type)))).toList());
    }

    private static Order order(String value) {
        return switch (value.isBlank() ? "oldest" : value.strip()) {
            case "oldest" -> new Order(false);
            case "newest" -> new Order(true);
            default -> throw BadParameterException.unnamed("error.parameter.order", abbreviated(value));
        };
    }

    /** Null (no year) when blank. The reason names the parameter, which it gets as its last argument. */
    private static Year year(String value) {
        if (value.isBlank()) {
            return null;
        }
        if (!YEAR.matcher(value.strip()).matches()) {
            throw BadParameterException.unnamed("error.parameter.year", abbreviated(value));
        }
        return Year.of(Integer.parseInt(value.strip()));
    }
}
