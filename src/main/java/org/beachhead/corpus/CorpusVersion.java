package org.beachhead.corpus;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.beachhead.common.SequenceIds;

import java.time.Instant;

/** Which corpus content is loaded, so an unchanged corpus is not imported again. */
@Entity
class CorpusVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "corpus_version_seq")
    @SequenceGenerator(name = "corpus_version_seq", sequenceName = "corpus_version_seq", allocationSize = SequenceIds.BLOCK)
    private Long id;

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
