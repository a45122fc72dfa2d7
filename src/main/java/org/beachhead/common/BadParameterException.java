package org.beachhead.common;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.NestedExceptionUtils;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A request parameter that cannot be understood. The reason is a message code with its arguments,
 * so the error page can say which parameter is wrong and why in the visitor's language.
 */
public class BadParameterException extends RuntimeException {

    private final String parameter;
    private final String reasonCode;
    private final transient List<Object> reasonArguments;

    public BadParameterException(String parameter, String reasonCode, Object... reasonArguments) {
        super("Parameter '" + parameter + "': " + reasonCode + " " + List.of(reasonArguments));
        this.parameter = parameter;
        this.reasonCode = reasonCode;
        this.reasonArguments = List.of(reasonArguments);
    }

    /** A value {@link QueryParameters} refuses: it does not know which parameter it reads, Spring does. */
    static BadParameterException unnamed(String reasonCode, Object... reasonArguments) {
        return new BadParameterException(null, reasonCode, reasonArguments);
    }

    /**
     * The bad parameter that {@code e} reports: {@code e} itself, or the reason {@link QueryParameters} gave for a
     * value Spring could not convert, named after the parameter, which is also its reason's last argument (so a
     * reason may show it, as in "write four digits, e.g. from=2015").
     */
    public static BadParameterException of(Exception e) {
        if (e instanceof TypeMismatchException mismatch
                && NestedExceptionUtils.getRootCause(mismatch) instanceof BadParameterException unnamed) {
            return new BadParameterException(mismatch.getPropertyName(), unnamed.reasonCode,
                    Stream.concat(unnamed.reasonArguments.stream(), Stream.of(mismatch.getPropertyName())).toArray());
        }
        return (BadParameterException) e;
    }

    public String parameter() {
        return parameter;
    }

    public String reasonCode() {
        return reasonCode;
    }

    /** The reason's arguments, as a {@code MessageSource} takes them. */
    public List<Object> reasonArguments() {
        return reasonArguments;
    }

    /** The reason in the given language, or its code where no message has it. */
    public String reason(MessageSource messages, Locale locale) {
        return messages.getMessage(reasonCode, reasonArguments.toArray(), reasonCode, locale);
    }
}
