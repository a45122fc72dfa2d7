package org.beachhead.corpus;

import jakarta.persistence.Entity;
import org.beachhead.model.BaseEntity;

import java.time.Instant;

/** Which corpus content is loaded, so an unchanged corpus is not imported again. */
@Entity
class CorpusVersion extends BaseEntity {

    private String contentHash;
    private Instant importedAt;

    protected CorpusVersion() {
    }

    CorpusVersion(String contentHash, Instant importedAt) {
        this.contentHash = contentHash;
        this.importedAt = importedAt;
    }

    String contentHash() {
        return contentHash;
    }
}
