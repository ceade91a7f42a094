package com.parkops.registry.web;

import com.parkops.registry.EnterpriseFilter;
import com.parkops.registry.QualificationKind;
import com.parkops.registry.Scale;
import org.springframework.web.util.UriComponentsBuilder;

/** The list page's search box and filters, as request parameters (so every list is a link). */
record ListQuery(String q, String chain, Scale scale, QualificationKind qualification, Boolean expiring, Integer page) {

    static final int PAGE_SIZE = 20;

    EnterpriseFilter filter() {
        return new EnterpriseFilter(q, chain, scale, qualification, Boolean.TRUE.equals(expiring), null);
    }

    int pageNumber() {
        return page == null || page < 0 ? 0 : page;
    }

    /** The list address with these filters and without a page, for pagination links. */
    String url(String path) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        add(url, "q", q);
        add(url, "chain", chain);
        add(url, "scale", scale == null ? null : scale.name());
        add(url, "qualification", qualification == null ? null : qualification.name());
        add(url, "expiring", Boolean.TRUE.equals(expiring) ? "true" : null);
        return url.build().toUriString();
    }

    private static void add(UriComponentsBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.queryParam(name, value);
        }
    }
}
