package com.parkops.registry.web;

import com.parkops.registry.Contacts;
import com.parkops.registry.EnterpriseCommands;
import com.parkops.registry.EnterpriseFilter;
import com.parkops.registry.EnterprisePage;
import com.parkops.registry.EnterpriseQueries;
import com.parkops.registry.ImportResult;
import com.parkops.zone.ZoneUser;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The registry API. Staff, leaders and stewards read the whole zone; an enterprise user reads
 * and updates the contacts of its own enterprise only; importing and editing need ADMIN or STAFF.
 */
@RestController
@RequestMapping("/api/v1/registry/enterprises")
class EnterpriseApiController {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 200;

    /** One page; {@code page} counts from 0. */
    record PageJson(List<EnterpriseJson> content, int page, int size, long totalElements, int totalPages) {}

    /** Contact fields, with the version read. */
    record ContactsRequest(
            String address, String contactName, String contactPhone, String contactEmail, Integer version) {}

    private final EnterpriseQueries queries;
    private final EnterpriseCommands commands;
    private final Visibility visibility;
    private final MessageSourceAccessor messages;

    EnterpriseApiController(
            EnterpriseQueries queries, EnterpriseCommands commands, Visibility visibility, MessageSource messages) {
        this.queries = queries;
        this.commands = commands;
        this.visibility = visibility;
        this.messages = new MessageSourceAccessor(messages);
    }

    @GetMapping
    PageJson list(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size,
            @RequestParam(required = false) String q) {
        int pageSize = Math.max(1, Math.min(MAX_SIZE, size));
        EnterpriseFilter filter = visibility.scope(user, EnterpriseFilter.search(q));
        EnterprisePage found = queries.search(user.zoneId(), filter, Math.max(0, page), pageSize);
        return new PageJson(
                found.content().stream().map(EnterpriseJson::of).toList(),
                found.number(),
                found.size(),
                found.totalElements(),
                found.totalPages());
    }

    @GetMapping("/{creditCode}")
    EnterpriseJson one(@AuthenticationPrincipal ZoneUser user, @PathVariable String creditCode) {
        return EnterpriseJson.of(visibility.enterprise(user, creditCode));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    EnterpriseJson create(@AuthenticationPrincipal ZoneUser user, @RequestBody EnterpriseRequest request) {
        return EnterpriseJson.of(commands.create(user.zoneId(), user.getUsername(), request.toData(messages)));
    }

    @PutMapping("/{creditCode}")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    EnterpriseJson update(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable String creditCode,
            @RequestBody EnterpriseRequest request) {
        visibility.enterprise(user, creditCode);
        return EnterpriseJson.of(commands.update(
                user.zoneId(), user.getUsername(), creditCode, request.requiredVersion(), request.toData(messages)));
    }

    @PutMapping("/{creditCode}/contacts")
    EnterpriseJson updateContacts(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable String creditCode,
            @RequestBody ContactsRequest request) {
        var enterprise = visibility.enterprise(user, creditCode);
        if (!Visibility.mayEdit(user)
                && !user.enterpriseId().map(enterprise.id()::equals).orElse(false)) {
            throw new AccessDeniedException("read-only role");
        }
        return EnterpriseJson.of(commands.updateContacts(
                user.zoneId(),
                user.getUsername(),
                enterprise.creditCode(),
                EnterpriseRequest.required(request.version()),
                new Contacts(
                        request.address(), request.contactName(), request.contactPhone(), request.contactEmail())));
    }

    @PostMapping("/import")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    ImportResult importFile(@AuthenticationPrincipal ZoneUser user, @RequestPart("file") MultipartFile file)
            throws IOException {
        try (InputStream input = file.getInputStream()) {
            return commands.importFile(user.zoneId(), user.getUsername(), input);
        }
    }
}
