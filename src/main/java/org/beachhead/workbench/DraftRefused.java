package org.beachhead.workbench;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.util.List;

/**
 * A draft that cannot be saved as it is: a message key of this form's own (with its arguments), or the
 * verifier's problems in its words. The form is shown again with the draft and what is wrong; the page
 * and the API resolve {@link #message()} the same way.
 */
class DraftRefused extends RuntimeException {

    private final MessageSourceResolvable message;
    private final List<String> problems;

    DraftRefused(String key, Object... arguments) {
        super(key);
        this.message = new DefaultMessageSourceResolvable(new String[]{key}, arguments);
        this.problems = List.of();
    }

    DraftRefused(List<String> problems) {
        super(String.join("; ", problems));
        this.message = new DefaultMessageSourceResolvable("edit.refused.verifier");
        this.problems = List.copyOf(problems);
    }

    public MessageSourceResolvable message() {
        return message;
    }

    public List<String> problems() {
        return problems;
    }
}
