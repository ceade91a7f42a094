package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationRuns.ResultFilter;
import com.parkops.evaluation.Grade;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of a run's results table as request parameters, so that every filtered list is a
 * link: {@code pool} (the pool's position in the scheme), {@code grade}, {@code q} (name or
 * credit code) and {@code page} (from 0).
 */
record RunResultsQuery(Integer pool, Grade grade, String q, Integer page) {

    static final int PAGE_SIZE = 50;

    ResultFilter filter() {
        return new ResultFilter(pool, grade, q == null || q.isBlank() ? null : q.strip());
    }

    int pageNumber() {
        return page == null || page < 0 ? 0 : page;
    }

    /** The address with these filters and without a page, for the pagination links. */
    String url(String path) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        if (pool != null) {
            url.queryParam("pool", pool);
        }
        if (grade != null) {
            url.queryParam("grade", grade.name());
        }
        if (q != null && !q.isBlank()) {
            url.queryParam("q", q.strip());
        }
        return url.encode().build().toUriString();
    }
}
