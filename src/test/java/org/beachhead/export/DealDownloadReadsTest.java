package org.beachhead.export;

import jakarta.persistence.EntityManagerFactory;
import org.beachhead.corpus.CorpusImporter;
import org.beachhead.deal.DealFilter;
import org.beachhead.deal.DealQueries;
import org.beachhead.model.DealStatus;
import org.beachhead.model.PartnerRepository;
import org.beachhead.timeline.EventCards;
import org.beachhead.timeline.EventLinkIndex;
import org.beachhead.timeline.CorpusCounts;
import org.beachhead.timeline.EventQueries;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A filtered deals download is read a few deals at a time, and the reads add up to the same rows,
 * in the same order, as one read of them all: nothing lost or repeated at a read's edge.
 */
@DataJpaTest(showSql = false, properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Import({CorpusImporter.class, EventQueries.class, CorpusCounts.class, EventCards.class, EventLinkIndex.class,
        DealQueries.class})
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
class DealDownloadReadsTest {

    /** Every status: a filter every deal passes that is not the whole-corpus download. */
    private static final DealFilter EVERY_STATUS = new DealFilter(List.of(), List.of(DealStatus.values()), List.of());

    @Autowired
    CorpusImporter importer;

    @Autowired
    EventCards cards;

    @Autowired
    PartnerRepository partners;

    @Autowired
    DealQueries deals;

    @Autowired
    JsonMapper json;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @BeforeEach
    void importTheShippedCorpus() {
        importer.importCorpus(Path.of("seeds"), "curation.yaml");
    }

    @Test
    void dealsReadFiveAtATimeGiveTheRowsOfOneRead() {
        long matching = deals.count(EVERY_STATUS);
        assertThat(matching).as("more deals than two reads of five hold").isGreaterThan(10);

        String oneRead = csv(new ExportService(cards, partners, deals, 1000), EVERY_STATUS);
        long before = statements();
        String fiveAtATime = csv(new ExportService(cards, partners, deals, 5), EVERY_STATUS);

        long readsWithDeals = (matching + 4) / 5;
        long emptyLastRead = matching % 5 == 0 ? 1 : 0;
        assertThat(statements() - before).as("per read of five: the deals, then their events, parties, other roles and titles")
                .isEqualTo(5 * readsWithDeals + emptyLastRead);
        assertThat(fiveAtATime).isEqualTo(oneRead);
        List<String> lines = Arrays.asList(fiveAtATime.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("\uFEFFslug,name,chineseName,type,status,statusAsOf,netflixParty,partners,partnerSlugs,"
                + "roles,titles,firstReported,latest,eventCount,permalink");
        assertThat(lines).hasSize((int) matching + 1).doesNotHaveDuplicates();
    }

    @Test
    void aDownloadCountsEveryEventOfADealAndDatesItByItsFirstAndLatest() {
        String rows = csv(new ExportService(cards, partners, deals, 5), DealFilter.ofPartner("letv"));

        assertThat(rows).containsPattern("\r\nletv-netflix-collaboration,[^\r\n]*,2015-03,2015-03,3,/deals/letv-netflix-collaboration\r\n")
                .containsPattern("\r\nletv-microsoft-cloud,[^\r\n]*,2015-01,2015-01,1,/deals/letv-microsoft-cloud\r\n");
    }

    private String csv(ExportService exports, DealFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeDeals(filter, () -> RowsFormat.CSV.open(DealRow.class, out, json));
        return out.toString(StandardCharsets.UTF_8);
    }

    private long statements() {
        return entityManagerFactory.unwrap(SessionFactory.class).getStatistics().getPrepareStatementCount();
    }
}
