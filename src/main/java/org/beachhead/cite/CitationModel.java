package org.beachhead.cite;

import org.beachhead.web.CorpusVersionHolder;
import org.beachhead.web.SiteUrl;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What pages need to cite themselves: absolute links and the day of access. */
@ControllerAdvice
class CitationModel {

    private final CorpusVersionHolder versions;
    private final SiteUrl siteUrl;

    CitationModel(CorpusVersionHolder versions, SiteUrl siteUrl) {
        this.versions = versions;
        this.siteUrl = siteUrl;
    }

    @ModelAttribute("siteUrl")
    String siteUrl() {
        return siteUrl.base();
    }

    /** ISO 8601 (2026-11-23): unambiguous in both languages. */
    @ModelAttribute("accessedOn")
    String accessedOn() {
        return versions.today().toString();
    }
}
