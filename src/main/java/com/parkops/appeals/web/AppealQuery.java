package com.parkops.appeals.web;

import com.parkops.appeals.AppealFilter;
import com.parkops.appeals.AppealState;
import com.parkops.appeals.AppealType;
import com.parkops.appeals.Channel;
import java.util.UUID;
import org.springframework.web.util.UriComponentsBuilder;

/** The list's filters as they come in the address (bookmarkable, htmx pushes them too). */
record AppealQuery(
        AppealState state,
        AppealType type,
        UUID categoryId,
        UUID departmentId,
        Channel channel,
        Boolean overdue,
        Boolean pending,
        Boolean extensionPending,
        String q,
        Integer page) {

    AppealFilter filter() {
        return new AppealFilter(
                state, type, categoryId, departmentId, overdue, pending, extensionPending, channel, null, q);
    }

    int pageNumber() {
        return page == null || page < 0 ? 0 : page;
    }

    /** The list's address with these filters, without the page (the pagination adds it). */
    String url(String path) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        add(uri, "state", state);
        add(uri, "type", type);
        add(uri, "categoryId", categoryId);
        add(uri, "departmentId", departmentId);
        add(uri, "channel", channel);
        add(uri, "overdue", overdue);
        add(uri, "pending", pending);
        add(uri, "extensionPending", extensionPending);
        add(uri, "q", q == null || q.isBlank() ? null : q);
        return uri.build().encode().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }
}
