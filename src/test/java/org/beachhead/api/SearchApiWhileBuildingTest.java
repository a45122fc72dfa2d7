package org.beachhead.api;

import org.beachhead.search.SearchRequest;
import org.beachhead.search.SearchService;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Before the first search index is built, the API says so: a 503 problem, and when to try again. */
class SearchApiWhileBuildingTest {

    @Test
    void aSearchBeforeTheFirstIndexIsA503WithRetryAfter() throws Exception {
        SearchService search = mock(SearchService.class);
        when(search.search(any(SearchRequest.class))).thenThrow(SearchService.IndexBuilding.class);
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new SearchApi(search)).build();

        mvc.perform(get("/api/v1/search").param("q", "wasu"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.status").value(503));
    }
}
