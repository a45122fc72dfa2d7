package org.beachhead.web;

import jakarta.persistence.EntityManager;
import org.beachhead.corpus.ImportOutcome;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which corpus is loaded, for every page, feed and citation: the version of everything a dynamic
 * answer is made of, kept in memory so that answering a conditional request costs no query. It is
 * read again after every import (the importer publishes one, changed or not), before the caches are
 * emptied; when the import on start-up is switched off, it is read on first use.
 */
@Component
public class CorpusVersionHolder {

    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final Clock clock = Clock.systemUTC();
    /** The code may change between two runs on one corpus (new templates), so a restart must change the tags too. */
    private final Instant codeStartedAt = clock.instant();
    private volatile LoadedCorpus loaded;

    public CorpusVersionHolder(EntityManager entityManager, TransactionTemplate transaction) {
        this.entityManager = entityManager;
        this.transaction = transaction;
    }

    /** First of the import's listeners, so that what is computed after the caches are emptied is kept under the new version. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void corpusImported(ImportOutcome outcome) {
        loaded = read();
    }

    /** The loaded corpus, or empty when the database holds none. */
    public Optional<LoadedCorpus> corpus() {
        if (loaded == null) {
            loaded = read();
        }
        return Optional.ofNullable(loaded);
    }

    /** What the answers to today's requests are made of, or empty when there is no corpus to answer from. */
    public Optional<ContentVersion> current() {
        return corpus().map(corpus -> new ContentVersion(corpus.contentHash(), corpus.importedAt(), codeStartedAt, today()));
    }

    /** The day citations are "accessed" on: the UTC date, the same for every visitor at one moment. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private LoadedCorpus read() {
        List<LoadedCorpus> versions = transaction.execute(status -> entityManager.createQuery(
                "select new org.beachhead.web.LoadedCorpus(v.contentHash, v.importedAt) from CorpusVersion v",
                LoadedCorpus.class).getResultList());
        return versions.isEmpty() ? null : versions.get(0);
    }
}
