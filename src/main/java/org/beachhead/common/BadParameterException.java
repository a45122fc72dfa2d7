package org.beachhead.common;

import java.util.Arrays;

/**
 * A request parameter that cannot be understood. The reason is a message code with its arguments,
 * so the error page can say which parameter is wrong and why in the visitor's language.
 */
public class BadParameterException extends RuntimeException {

    private final String parameter;
    private final String reasonCode;
    private final transient Object[] reasonArguments;

    public BadParameterException(String parameter, String reasonCode, Object... reasonArguments) {
        super("Parameter '" + parameter + "': " + reasonCode + " " + Arrays.toString(reasonArguments));
        this.parameter = parameter;
        this.reasonCode = reasonCode;
        this.reasonArguments = reasonArguments.clone();
    }

    public String parameter() {
        return parameter;
    }

    public String reasonCode() {
        return reasonCode;
    }

    public Object[] reasonArguments() {
        return reasonArguments.clone();
    }
}
