package com.parkops.registry.domain;

import com.parkops.registry.EmergingCategory;
import com.parkops.registry.Enterprise;
import com.parkops.registry.EnterpriseData;
import com.parkops.registry.ImportResult;
import com.parkops.registry.Scale;
import com.parkops.shared.CreditCode;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.io.ColumnSheet;
import com.parkops.zone.AuditEntry;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The registry import: every row is checked first, and only a file without a single error is
 * written. A column left out of the file keeps what is registered; an empty cell clears the
 * field, except {@code landM2}, where an empty cell leaves the land as it is.
 *
 * <p>{@code landM2} is the enterprise's owned industrial land in total. Parcels entered by hand
 * stay; the import's own parcel makes up the difference, and a total below the hand-entered
 * parcels is refused.
 */
@Component
class EnterpriseImport {

    /** A checked row, ready to write. {@code importedParcel} is null when the land stays as it is. */
    private record Planned(
            int row, Enterprise before, EnterpriseData data, BigDecimal land, BigDecimal importedParcel) {}

    private final JdbcEnterpriseQueries queries;
    private final EnterpriseEditing editing;
    private final EnterpriseValidator validator;
    private final EnterpriseStore store;
    private final ParcelStore parcels;
    private final ZoneCalendar calendar;
    private final RegistryAudit audit;
    private final RegistryMessages messages;

    EnterpriseImport(
            JdbcEnterpriseQueries queries,
            EnterpriseEditing editing,
            EnterpriseValidator validator,
            EnterpriseStore store,
            ParcelStore parcels,
            ZoneCalendar calendar,
            RegistryAudit audit,
            RegistryMessages messages) {
        this.queries = queries;
        this.editing = editing;
        this.validator = validator;
        this.store = store;
        this.parcels = parcels;
        this.calendar = calendar;
        this.audit = audit;
        this.messages = messages;
    }

    ImportResult run(UUID zoneId, String actor, InputStream file) throws IOException {
        ColumnSheet<ImportColumn> sheet = ColumnSheet.read(
                file,
                ImportColumn.class,
                Set.of(),
                (field, problem, args) -> messages.error(1, field, "registry.import." + problem.key(), args));
        List<InputError> errors = new ArrayList<>(sheet.headerErrors());
        List<Planned> plan = new ArrayList<>();
        if (sheet.hasRequiredColumns()) {
            Map<String, Enterprise> existing = queries.withoutQualifications(
                    zoneId,
                    sheet.rows().stream()
                            .map(row -> CreditCode.normalize(row.cell(ImportColumn.CREDIT_CODE)))
                            .filter(code -> CreditCode.problem(code).isEmpty())
                            .collect(Collectors.toSet()));
            Map<String, Integer> seen = new HashMap<>();
            LocalDate today = calendar.today(zoneId);
            for (ColumnSheet.Row<ImportColumn> row : sheet.rows()) {
                plan(zoneId, row, existing, seen, today, errors).ifPresent(plan::add);
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(ColumnSheet.errorOrder(ImportColumn.class));
            throw new InvalidInputException(messages.text("registry.import.refused", errors.size()), errors);
        }
        int created = 0;
        for (Planned planned : plan) {
            if (planned.before() == null) {
                create(zoneId, actor, planned);
                created++;
            } else {
                update(zoneId, actor, planned);
            }
        }
        return new ImportResult(created, plan.size() - created);
    }

    private Optional<Planned> plan(
            UUID zoneId,
            ColumnSheet.Row<ImportColumn> row,
            Map<String, Enterprise> existing,
            Map<String, Integer> seen,
            LocalDate today,
            List<InputError> allErrors) {
        List<InputError> errors = new ArrayList<>();
        int number = row.number();
        String code = CreditCode.normalize(row.cell(ImportColumn.CREDIT_CODE));
        Enterprise before = existing.get(code);
        EnterpriseDraft draft = new EnterpriseDraft(before == null ? EnterpriseData.of(code, null) : before.data());
        if (row.has(ImportColumn.NAME)) {
            draft.name = row.cell(ImportColumn.NAME);
        }
        if (row.has(ImportColumn.INDUSTRY_CODE)) {
            draft.industryCode = row.cell(ImportColumn.INDUSTRY_CODE);
        }
        if (row.has(ImportColumn.CHAIN)) {
            draft.chain = row.cell(ImportColumn.CHAIN);
        }
        if (row.has(ImportColumn.EXEMPT_REASON)) {
            draft.exemptReason = row.cell(ImportColumn.EXEMPT_REASON);
        }
        readTyped(row, draft, today, errors);
        BigDecimal land = land(row, errors);
        EnterpriseData data = validator.normalize(draft.toData());
        errors.addAll(validator.validate(data, number));
        if (CreditCode.problem(code).isEmpty()) {
            Integer first = seen.putIfAbsent(code, number);
            if (first != null) {
                errors.add(messages.error(number, "creditCode", "registry.import.duplicateCode", code, first));
            }
        }
        BigDecimal importedParcel = null;
        if (land != null && (before == null || land.compareTo(before.ownedLandM2()) != 0)) {
            BigDecimal manual = before == null ? BigDecimal.ZERO : parcels.manualOwnedIndustrial(zoneId, before.id());
            importedParcel = land.subtract(manual);
            if (importedParcel.signum() < 0) {
                errors.add(
                        messages.error(number, "landM2", "registry.import.landBelowParcels", manual.toPlainString()));
            }
        }
        allErrors.addAll(errors);
        return errors.isEmpty()
                ? Optional.of(new Planned(number, before, data, land, importedParcel))
                : Optional.empty();
    }

    private void readTyped(
            ColumnSheet.Row<ImportColumn> row, EnterpriseDraft draft, LocalDate today, List<InputError> errors) {
        int number = row.number();
        String emerging = row.cell(ImportColumn.EMERGING_CATEGORY);
        if (row.has(ImportColumn.EMERGING_CATEGORY)) {
            draft.emergingCategory =
                    emerging.isEmpty() ? null : EmergingCategory.parse(emerging).orElse(null);
            if (!emerging.isEmpty() && draft.emergingCategory == null) {
                errors.add(messages.error(
                        number, "emergingCategory", "registry.import.emergingCategory", emerging, emergingNames()));
            }
        }
        String scale = row.cell(ImportColumn.SCALE);
        if (row.has(ImportColumn.SCALE)) {
            draft.scale = scale.isEmpty() ? Scale.BELOW : Scale.parse(scale).orElse(null);
            if (draft.scale == null) {
                errors.add(messages.error(number, "scale", "registry.import.scale", scale));
            }
        }
        String since = row.cell(ImportColumn.ABOVE_SCALE_SINCE);
        if (row.has(ImportColumn.ABOVE_SCALE_SINCE)) {
            draft.aboveScaleSince =
                    since.isEmpty() ? null : ImportCells.yearMonth(since).orElse(null);
            if (!since.isEmpty() && draft.aboveScaleSince == null) {
                errors.add(messages.error(number, "aboveScaleSince", "registry.import.month", since));
            }
        }
        String registered = row.cell(ImportColumn.REGISTERED_ON);
        if (row.has(ImportColumn.REGISTERED_ON)) {
            draft.registeredOn =
                    registered.isEmpty() ? null : ImportCells.date(registered).orElse(null);
            if (!registered.isEmpty() && draft.registeredOn == null) {
                errors.add(messages.error(number, "registeredOn", "registry.import.date", registered));
            } else if (draft.registeredOn != null && draft.registeredOn.isAfter(today)) {
                errors.add(messages.error(number, "registeredOn", "registry.import.futureDate", registered));
            }
        }
    }

    private BigDecimal land(ColumnSheet.Row<ImportColumn> row, List<InputError> errors) {
        String text = row.cell(ImportColumn.LAND_M2);
        if (text.isEmpty()) {
            return null;
        }
        Optional<BigDecimal> area = ImportCells.number(text);
        if (area.isEmpty()) {
            errors.add(messages.error(row.number(), "landM2", "registry.import.number", text));
            return null;
        }
        if (area.get().signum() < 0 || area.get().compareTo(FactsEditing.MAX_AREA) > 0) {
            errors.add(messages.error(row.number(), "landM2", "registry.import.land", text));
            return null;
        }
        return area.get().setScale(2, RoundingMode.HALF_UP);
    }

    private void create(UUID zoneId, String actor, Planned planned) {
        UUID id = editing.insert(zoneId, actor, planned.data());
        if (planned.importedParcel() != null) {
            parcels.replaceImported(zoneId, id, planned.importedParcel(), null);
        }
        audit.enterprise(
                zoneId,
                actor,
                planned.data().creditCode(),
                "import.create",
                planned.data().name(),
                Map.of(),
                withLand(AuditSnapshots.of(planned.data()), planned.land()));
    }

    private void update(UUID zoneId, String actor, Planned planned) {
        Enterprise before = planned.before();
        Map<String, Object> from = AuditSnapshots.of(before.data());
        Map<String, Object> to = AuditSnapshots.of(planned.data());
        boolean factsChanged = !AuditEntry.diff(from, to).isEmpty();
        if (factsChanged) {
            editing.write(zoneId, actor, before, planned.data(), null);
        }
        if (planned.importedParcel() != null) {
            parcels.replaceImported(zoneId, before.id(), planned.importedParcel(), null);
            store.touch(zoneId, before.id());
        }
        if (factsChanged || planned.importedParcel() != null) {
            audit.enterprise(
                    zoneId,
                    actor,
                    before.creditCode(),
                    "import.update",
                    planned.data().name(),
                    withLand(from, before.ownedLandM2()),
                    withLand(to, planned.land() == null ? before.ownedLandM2() : planned.land()));
        }
    }

    private static Map<String, Object> withLand(Map<String, Object> fields, BigDecimal land) {
        Map<String, Object> result = new LinkedHashMap<>(fields);
        result.put("landM2", land);
        return result;
    }

    private static String emergingNames() {
        return Stream.of(EmergingCategory.values())
                .map(EmergingCategory::shortName)
                .collect(Collectors.joining("、"));
    }
}
