package org.beachhead.workbench;

import org.springframework.context.MessageSourceResolvable;

import java.util.List;

/**
 * A draft that cannot be saved as it is: a message key of this form's own (with its arguments), or the
 * verifier's problems in its words. The form is shown again with the draft and what is wrong. As a
 * {@link MessageSourceResolvable}, the page and the API resolve its message the same way.
 */
class DraftRefused extends RuntimeException implements MessageSourceResolvable {

    private final String key;
    private final List<Object> arguments;
    private final List<String> problems;

    DraftRefused(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = List.of(arguments);
        this.problems = List.of();
    }

    DraftRefused(List<String> problems) {
        super(String.join("; ", problems));
        this.key = "edit.refused.verifier";
        this.arguments = List.of();
        this.problems = List.copyOf(problems);
    }

    @Override
    public String[] getCodes() {
        return new String[]{key};
    }

    /** Spring's signature: the arguments the message's placeholders take. */
    @Override
    public Object[] getArguments() {
        return arguments.toArray();
    }

    public List<String> problems() {
        return problems;
    }
}
