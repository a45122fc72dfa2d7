package org.beachhead.cite;

import org.beachhead.web.CorpusVersionHolder;
import org.beachhead.web.SiteUrl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;

@Controller
class CitationController {

    private static final MediaType BIBTEX = MediaType.parseMediaType("application/x-bibtex;charset=UTF-8");
    private static final MediaType CSL_JSON = MediaType.parseMediaType("application/vnd.citationstyles.csl+json");

    private final CitationService citations;
    private final CorpusVersionHolder versions;
    private final SiteUrl siteUrl;

    CitationController(CitationService citations, CorpusVersionHolder versions, SiteUrl siteUrl) {
        this.citations = citations;
        this.versions = versions;
        this.siteUrl = siteUrl;
    }

    @GetMapping("/sources/{slug}/cite.bib")
    ResponseEntity<String> bibtex(@PathVariable String slug) {
        return ResponseEntity.ok().contentType(BIBTEX)
                .body(BibTeX.entry(citations.source(slug), siteUrl.base(), versions.today()));
    }

    /** CSL-JSON data is an array of items; this one holds one. */
    @GetMapping("/sources/{slug}/cite.json")
    ResponseEntity<List<CslItem>> cslJson(@PathVariable String slug) {
        return ResponseEntity.ok().contentType(CSL_JSON)
                .body(List.of(CslItem.of(citations.source(slug), siteUrl.base(), versions.today())));
    }
}
