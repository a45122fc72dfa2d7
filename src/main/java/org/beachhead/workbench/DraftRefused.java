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
    private final String field;

    DraftRefused(String key, Object... arguments) {
        this(null, key, arguments);
    }

    private DraftRefused(String field, String key, Object... arguments) {
        super(key);
        this.message = new DefaultMessageSourceResolvable(new String[]{key}, arguments);
        this.problems = List.of();
        this.field = field;
    }

    /** A field of the draft is missing or malformed: the API answers 400 naming it. */
    static DraftRefused inField(String field, String key, Object... arguments) {
        return new DraftRefused(field, key, arguments);
    }

    DraftRefused(List<String> problems) {
        super(String.join("; ", problems));
        this.message = new DefaultMessageSourceResolvable("edit.refused.verifier");
        this.problems = List.copyOf(problems);
        this.field = null;
    }

    public MessageSourceResolvable message() {
        return message;
    }

    public List<String> problems() {
        return problems;
    }

    /** The field at fault, or null when the draft is refused as a whole (by the verifier, for one). */
    public String field() {
        return field;
    }
}
