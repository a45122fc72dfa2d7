package org.beachhead.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import org.beachhead.apiclient.ApiClient;
import org.beachhead.apiclient.ApiException;
import org.beachhead.apiclient.api.DealsApi;
import org.beachhead.apiclient.api.EventsApi;
import org.beachhead.apiclient.api.PartnersApi;
import org.beachhead.apiclient.api.PeopleApi;
import org.beachhead.apiclient.api.QuestionsApi;
import org.beachhead.apiclient.api.RegulatorsApi;
import org.beachhead.apiclient.api.SearchApi;
import org.beachhead.apiclient.api.SourcesApi;
import org.beachhead.apiclient.api.TitlesApi;
import org.beachhead.apiclient.model.ApiDate;
import org.beachhead.apiclient.model.DealItem;
import org.beachhead.apiclient.model.EventItem;
import org.beachhead.apiclient.model.ExcerptItem;
import org.beachhead.apiclient.model.ItemPageDealItem;
import org.beachhead.apiclient.model.ItemPageEventItem;
import org.beachhead.apiclient.model.PartnerItem;
import org.beachhead.apiclient.model.Ref;
import org.beachhead.apiclient.model.RegulatorItem;
import org.beachhead.apiclient.model.SourceItem;
import org.beachhead.apiclient.model.TextPositionSelector;
import org.beachhead.apiclient.model.TextQuoteSelector;
import org.beachhead.web.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A second check of the contract: a Java client generated at build time from the OpenAPI document
 * (openapi-generator, target/generated-test-sources) reads every list, page by page, and every item of the
 * shipped corpus. Its JSON reader is set to refuse any field the document does not name.
 */
class ApiClientTest extends PageTest {

    private static final int PAGE = 200;

    private ApiClient client;

    @BeforeEach
    void connect() {
        client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.setObjectMapper(ApiClient.createDefaultObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true));
    }

    @Test
    void theClientReadsEveryListAndEveryItem() throws ApiException {
        EventsApi events = new EventsApi(client);
        DealsApi deals = new DealsApi(client);
        PartnersApi partners = new PartnersApi(client);
        TitlesApi titles = new TitlesApi(client);
        PeopleApi people = new PeopleApi(client);
        SourcesApi sources = new SourcesApi(client);
        RegulatorsApi regulators = new RegulatorsApi(client);
        QuestionsApi questions = new QuestionsApi(client);

        List<EventItem> allEvents = pages(page -> events.events(null, null, null, null, null, null, page, PAGE).getItems());
        List<DealItem> allDeals = pages(page -> deals.deals(null, null, null, page, PAGE).getItems());
        List<PartnerItem> allPartners = pages(page -> partners.partners(page, PAGE).getItems());
        List<String> titleSlugs = slugs(pages(page -> titles.titles(page, PAGE).getItems()), item -> item.getSlug());
        List<String> personSlugs = slugs(pages(page -> people.people(page, PAGE).getItems()), item -> item.getSlug());
        List<SourceItem> allSources = pages(page -> sources.sources(page, PAGE).getItems());
        List<RegulatorItem> allRegulators = regulators.regulators().getItems();

        for (EventItem event : allEvents) {
            assertThat(events.event(event.getSlug()).getHeadline()).isEqualTo(event.getHeadline());
        }
        for (DealItem deal : allDeals) {
            assertThat(deals.deal(deal.getSlug()).getEventCount()).isEqualTo(deal.getEventCount());
        }
        for (PartnerItem partner : allPartners) {
            assertThat(partners.partner(partner.getSlug()).getDealCount()).isEqualTo(partner.getDealCount());
        }
        for (String slug : titleSlugs) {
            assertThat(titles.title(slug).getSlug()).isEqualTo(slug);
        }
        for (String slug : personSlugs) {
            assertThat(people.person(slug).getSlug()).isEqualTo(slug);
        }
        for (SourceItem source : allSources) {
            assertThat(sources.source(source.getSlug()).getText()).isNotEmpty();
        }
        for (RegulatorItem regulator : allRegulators) {
            assertThat(regulators.regulator(regulator.getSlug()).getRules()).isEqualTo(regulator.getRules());
        }
        for (var question : questions.questions()) {
            assertThat(questions.question(question.getSlug()).getSides()).hasSameSizeAs(question.getAnswers());
        }
        assertThat(new SearchApi(client).search("wasu", null, null, null).getTotal()).isPositive();
        assertThat(allEvents).isNotEmpty().hasSize(events.events(null, null, null, null, null, null, 1, 1).getTotal().intValue());
        assertThat(allDeals).isNotEmpty().hasSize(deals.deals(null, null, null, 1, 1).getTotal().intValue());
        assertThat(allSources).isNotEmpty().hasSize(sources.sources(1, 1).getTotal().intValue());
    }

    @Test
    void aSelectorIsReadAsTheKindItSaysItIs() throws ApiException {
        ItemPageEventItem page = new EventsApi(client).events(List.of("wasu"), null, null, null, null, null, 1, PAGE);
        ExcerptItem excerpt = page.getItems().get(0).getExcerpts().get(0);

        TextQuoteSelector quote = excerpt.getSelector().get(0).getTextQuoteSelector();
        TextPositionSelector position = excerpt.getSelector().get(1).getTextPositionSelector();
        assertThat(quote.getExact()).isEqualTo(excerpt.getExact());
        assertThat(position.getEnd() - position.getStart()).isEqualTo(excerpt.getExact().length());
    }

    @Test
    void referencesCarryTheChineseNamesOfWhatTheyReferTo() throws ApiException {
        String wasu = new PartnersApi(client).partner("wasu").getChineseName();
        ItemPageDealItem wasuDeals = new DealsApi(client).deals(List.of("wasu"), null, null, 1, PAGE);
        RegulatorItem sapprft = new RegulatorsApi(client).regulator("sapprft");

        assertThat(wasu).isEqualTo("华数传媒");
        assertThat(wasuDeals.getItems()).isNotEmpty().allSatisfy(deal -> assertThat(deal.getPartners())
                .filteredOn(partner -> partner.getSlug().equals("wasu")).extracting(Ref::getChineseName).containsOnly(wasu));
        assertThat(sapprft.getChineseName()).isNotNull();
        assertThat(sapprft.getRules()).isNotEmpty().allSatisfy(rule ->
                assertThat(rule.getRegulator().getChineseName()).isEqualTo(sapprft.getChineseName()));
    }

    @Test
    void anEventReferenceKeepsHowItsDateWasEstablished() throws ApiException {
        EventsApi events = new EventsApi(client);
        Map<String, ApiDate> dates = new HashMap<>();
        for (DealItem deal : new DealsApi(client).deals(null, null, null, 1, PAGE).getItems()) {
            deal.getEvents().forEach(event -> dates.put(event.getSlug(), event.getDate()));
        }

        assertThat(dates).hasSizeGreaterThan(5);
        for (Map.Entry<String, ApiDate> date : dates.entrySet()) {
            assertThat(date.getValue()).as(date.getKey()).isEqualTo(events.event(date.getKey()).getDate());
        }
        assertThat(dates.values()).extracting(ApiDate::getDatedBy).doesNotContainNull();
    }

    @Test
    void anUnknownSlugIsAnErrorTheClientReportsWithItsStatus() {
        assertThatThrownBy(() -> new PartnersApi(client).partner("netflix"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    assertThat(e.getResponseBody()).contains("There is no partner with the slug 'netflix'");
                });
    }

    /** Every item of a paged list, read page after page until a page comes back short. */
    private static <T> List<T> pages(Page<T> read) throws ApiException {
        List<T> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            List<T> items = read.items(page);
            all.addAll(items);
            if (items.size() < PAGE) {
                return all;
            }
        }
    }

    private static <T> List<String> slugs(List<T> items, Function<T, String> slug) {
        return items.stream().map(slug).toList();
    }

    private interface Page<T> {
        List<T> items(int page) throws ApiException;
    }
}
