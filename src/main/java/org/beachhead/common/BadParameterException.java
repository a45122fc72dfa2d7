package org.beachhead.common;

/** A request parameter that cannot be understood; the message says which parameter and why. */
public class BadParameterException extends RuntimeException {

    private final String parameter;
    private final String reason;

    public BadParameterException(String parameter, String reason) {
        super("Parameter '" + parameter + "': " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }
}
