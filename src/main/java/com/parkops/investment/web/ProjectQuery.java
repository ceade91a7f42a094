package com.parkops.investment.web;

import com.parkops.investment.ProjectFilter;
import com.parkops.investment.Stage;
import java.util.UUID;
import org.springframework.web.util.UriComponentsBuilder;

/** The list's filters as request parameters. */
record ProjectQuery(
        Stage stage, UUID teamId, String chain, String label, String outcome, Integer year, String q, Integer page) {

    ProjectFilter filter() {
        return new ProjectFilter(stage, teamId, blank(chain), blank(label), blank(outcome), year, blank(q));
    }

    int pageNumber() {
        return page == null || page < 0 ? 0 : page;
    }

    /** The path with these filters (without the page), for paging links and the export. */
    String url(String path) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        add(uri, "stage", stage);
        add(uri, "teamId", teamId);
        add(uri, "chain", blank(chain));
        add(uri, "label", blank(label));
        add(uri, "outcome", blank(outcome));
        add(uri, "year", year);
        add(uri, "q", blank(q));
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
