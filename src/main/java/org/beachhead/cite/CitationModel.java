package org.beachhead.cite;

import jakarta.servlet.http.HttpServletRequest;
import org.beachhead.web.CorpusVersionHolder;
import org.beachhead.web.SiteUrl;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What pages need to cite themselves: absolute links and the day of access. */
@ControllerAdvice
class CitationModel {

    private final CorpusVersionHolder versions;

    CitationModel(CorpusVersionHolder versions) {
        this.versions = versions;
    }

    @ModelAttribute("siteUrl")
    String siteUrl(HttpServletRequest request) {
        return SiteUrl.of(request);
    }

    /** ISO 8601 (2026-11-23): unambiguous in both languages. */
    @ModelAttribute("accessedOn")
    String accessedOn() {
        return versions.today().toString();
    }
}
