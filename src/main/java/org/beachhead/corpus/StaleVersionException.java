package org.beachhead.corpus;

/** A save was based on a version of the curation that is no longer the newest: saving it would lose the newer one. */
public class StaleVersionException extends RuntimeException {

    private final int basedOn;
    private final int head;

    public StaleVersionException(int basedOn, int head) {
        super("This edit was based on version " + basedOn + " of the curation, but version " + head
                + " has been saved since: nothing was saved");
        this.basedOn = basedOn;
        this.head = head;
    }

    public int basedOn() {
        return basedOn;
    }

    public int head() {
        return head;
    }
}
