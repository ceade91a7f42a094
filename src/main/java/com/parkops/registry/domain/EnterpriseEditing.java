package com.parkops.registry.domain;

import com.parkops.registry.Contacts;
import com.parkops.registry.Enterprise;
import com.parkops.registry.EnterpriseData;
import com.parkops.registry.EnterpriseQueries;
import com.parkops.shared.CreditCode;
import com.parkops.shared.InputError;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.AuditEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** Creating and changing an enterprise's own facts, one at a time (imports use the same steps). */
@Component
class EnterpriseEditing {

    private final EnterpriseStore store;
    private final EnterpriseQueries queries;
    private final EnterpriseValidator validator;
    private final ChainEditing chains;
    private final ScaleHistoryKeeper scaleHistory;
    private final RegistryAudit audit;
    private final RegistryMessages messages;

    EnterpriseEditing(
            EnterpriseStore store,
            EnterpriseQueries queries,
            EnterpriseValidator validator,
            ChainEditing chains,
            ScaleHistoryKeeper scaleHistory,
            RegistryAudit audit,
            RegistryMessages messages) {
        this.store = store;
        this.queries = queries;
        this.validator = validator;
        this.chains = chains;
        this.scaleHistory = scaleHistory;
        this.audit = audit;
        this.messages = messages;
    }

    Enterprise create(UUID zoneId, String actor, EnterpriseData raw) {
        EnterpriseData data = validator.normalize(raw);
        List<InputError> errors = new ArrayList<>(validator.validate(data, null));
        if (errors.isEmpty() && queries.find(zoneId, data.creditCode()).isPresent()) {
            errors.add(messages.error(null, "creditCode", "registry.error.codeExists", data.creditCode()));
        }
        messages.refuse(errors);
        UUID id = insert(zoneId, actor, data);
        audit.enterprise(zoneId, actor, data.creditCode(), "create", data.name(), Map.of(), AuditSnapshots.of(data));
        return queries.findById(zoneId, id).orElseThrow();
    }

    Enterprise update(UUID zoneId, String actor, String creditCode, Integer expectedVersion, EnterpriseData raw) {
        Enterprise before = existing(zoneId, creditCode);
        EnterpriseData data = validator.normalize(raw);
        List<InputError> errors = new ArrayList<>(validator.validate(withCode(data, before), null));
        if (raw.creditCode() != null
                && !raw.creditCode().isBlank()
                && !CreditCode.normalize(raw.creditCode()).equals(before.creditCode())) {
            errors.add(messages.error(null, "creditCode", "registry.error.codeFixed"));
        }
        messages.refuse(errors);
        checkVersion(before, expectedVersion);
        EnterpriseData after = withCode(data, before);
        var from = AuditSnapshots.of(before.data());
        var to = AuditSnapshots.of(after);
        if (!AuditEntry.diff(from, to).isEmpty()) {
            write(zoneId, actor, before, after, expectedVersion);
            audit.enterprise(zoneId, actor, before.creditCode(), "update", after.name(), from, to);
        }
        return queries.findById(zoneId, before.id()).orElseThrow();
    }

    Enterprise updateContacts(UUID zoneId, String actor, String creditCode, int expectedVersion, Contacts raw) {
        Enterprise before = existing(zoneId, creditCode);
        Contacts contacts = validator.normalize(raw);
        messages.refuse(validator.validate(contacts, null));
        checkVersion(before, expectedVersion);
        var from = AuditSnapshots.of(before.contacts());
        var to = AuditSnapshots.of(contacts);
        if (!AuditEntry.diff(from, to).isEmpty()) {
            store.updateContacts(zoneId, before.id(), expectedVersion, contacts);
            audit.enterprise(zoneId, actor, before.creditCode(), "contacts", before.name(), from, to);
        }
        return queries.findById(zoneId, before.id()).orElseThrow();
    }

    /** Inserts validated, normalized facts (unaudited: the caller records why) and returns the new id. */
    UUID insert(UUID zoneId, String actor, EnterpriseData data) {
        UUID id = UUID.randomUUID();
        store.insert(zoneId, id, data, chains.ensure(zoneId, actor, data.chain()));
        scaleHistory.follow(zoneId, id, null, null, data.scale(), data.aboveScaleSince());
        return id;
    }

    /**
     * Writes validated, normalized facts over {@code before} (unaudited: the caller records why); a
     * null version skips the version check, as imports do.
     */
    void write(UUID zoneId, String actor, Enterprise before, EnterpriseData data, Integer expectedVersion) {
        store.update(zoneId, before.id(), expectedVersion, data, chains.ensure(zoneId, actor, data.chain()));
        scaleHistory.follow(
                zoneId, before.id(), before.scale(), before.aboveScaleSince(), data.scale(), data.aboveScaleSince());
    }

    Enterprise existing(UUID zoneId, String creditCode) {
        return queries.find(zoneId, creditCode)
                .orElseThrow(() -> new NotFoundException(messages.text("registry.error.notFound", creditCode)));
    }

    private void checkVersion(Enterprise before, Integer expectedVersion) {
        if (expectedVersion != null && before.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("Enterprise " + before.creditCode() + " changed meanwhile");
        }
    }

    private static EnterpriseData withCode(EnterpriseData data, Enterprise before) {
        return new EnterpriseData(
                before.creditCode(),
                data.name(),
                data.industryCode(),
                data.chain(),
                data.emergingCategory(),
                data.scale(),
                data.aboveScaleSince(),
                data.registeredOn(),
                data.exemptReason(),
                data.address(),
                data.legalRepresentative(),
                data.contactName(),
                data.contactPhone(),
                data.contactEmail(),
                data.tags());
    }
}
