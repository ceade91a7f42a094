package com.parkops.appeals.domain;

import com.parkops.appeals.AppealCategories;
import com.parkops.appeals.Category;
import com.parkops.appeals.NewAppeal;
import com.parkops.appeals.Open311Keys.KeyHolder;
import com.parkops.appeals.Open311Requests;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes Open311 requests in as appeals (through {@link IntakeService}, so the intake rules hold)
 * and keeps what Open311 adds (location, media, submitter) in {@code appeals.open311_request}.
 * Problems are reported under the Open311 parameter names ({@code service_code},
 * {@code attribute[type]} …).
 */
@Service
class Open311Service implements Open311Requests {

    /** Intake fields → the Open311 parameter they come from. */
    private static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry("type", "attribute[type]"),
            Map.entry("categoryId", "service_code"),
            Map.entry("title", "attribute[title]"),
            Map.entry("content", "description"),
            Map.entry("enterpriseName", "attribute[enterprise_name]"),
            Map.entry("creditCode", "attribute[credit_code]"),
            Map.entry("contactName", "first_name"),
            Map.entry("contactPhone", "phone"),
            Map.entry("workersInvolved", "attribute[workers_involved]"),
            Map.entry("amountOwed", "attribute[amount_owed]"),
            Map.entry("amountRecovered", "attribute[amount_recovered]"));

    static final int MAX_DESCRIPTION = 4000;
    private static final int TITLE_FROM_DESCRIPTION = 50;

    private final IntakeService intake;
    private final AppealCategories categories;
    private final Open311Reads reads;
    private final AppealMessages messages;
    private final JdbcClient jdbc;

    Open311Service(
            IntakeService intake,
            AppealCategories categories,
            Open311Reads reads,
            AppealMessages messages,
            JdbcClient jdbc) {
        this.intake = intake;
        this.categories = categories;
        this.reads = reads;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public Receipt submit(KeyHolder key, Submission in) {
        List<InputError> errors = new ArrayList<>();
        Optional<Category> category = category(key.zoneId(), in.serviceCode(), errors);
        Open311Input input = Open311Input.check(in, messages, errors);
        String description = in.description() == null ? "" : in.description().strip();
        if (description.length() > MAX_DESCRIPTION) {
            errors.add(messages.error("description", "appeals.error.tooLong", MAX_DESCRIPTION));
        }
        messages.refuse(errors);
        NewAppeal appeal = new NewAppeal(
                input.type(),
                null,
                category.orElseThrow().id(),
                input.urgency(),
                title(input.title(), description),
                description,
                input.creditCode(),
                input.enterpriseName(),
                contactName(in.firstName(), in.lastName()),
                Open311Input.blank(in.phone()),
                null,
                null,
                null,
                input.workers(),
                input.owed(),
                input.recovered());
        UUID id = UUID.randomUUID();
        Intake taken;
        try {
            taken = intake.takeFromOpen311(key.zoneId(), key.name(), appeal, id);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.getMessage(), renamed(e.errors()));
        }
        String token = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into appeals.open311_request (zone_id, appeal_id, key_id, token, lat, long, address_string,
                    address_id, media_url, email, device_id, account_id, first_name, last_name, phone)
                values (:zone, :appeal, :key, :token, :lat, :long, :address, :addressId, :media, :email, :device,
                    :account, :first, :last, :phone)
                """)
                .param("zone", key.zoneId())
                .param("appeal", id)
                .param("key", key.keyId())
                .param("token", token)
                .param("lat", in.lat())
                .param("long", in.lon())
                .param("address", Open311Input.blank(in.addressString()))
                .param("addressId", Open311Input.blank(in.addressId()))
                .param("media", Open311Input.blank(in.mediaUrl()))
                .param("email", Open311Input.blank(in.email()))
                .param("device", Open311Input.blank(in.deviceId()))
                .param("account", Open311Input.blank(in.accountId()))
                .param("first", Open311Input.blank(in.firstName()))
                .param("last", Open311Input.blank(in.lastName()))
                .param("phone", Open311Input.blank(in.phone()))
                .update();
        return new Receipt(
                taken.caseNumber(),
                token,
                messages.text("open311.notice.received", taken.caseNumber()),
                Open311Input.blank(in.accountId()));
    }

    @Override
    public List<ServiceRequest> find(UUID zoneId, Query query) {
        return reads.find(zoneId, query);
    }

    @Override
    public Optional<ServiceRequest> find(UUID zoneId, String serviceRequestId) {
        return reads.find(zoneId, new Query(List.of(serviceRequestId), null, null, null, null, 1)).stream()
                .findFirst();
    }

    @Override
    public Optional<Source> source(UUID zoneId, UUID appealId) {
        return reads.source(zoneId, appealId);
    }

    @Override
    public Optional<ServiceRequest> byToken(UUID zoneId, String token) {
        return reads.byToken(zoneId, token);
    }

    private Optional<Category> category(UUID zoneId, String code, List<InputError> errors) {
        String trimmed = Open311Input.blank(code);
        if (trimmed == null) {
            errors.add(messages.error("service_code", "appeals.error.required"));
            return Optional.empty();
        }
        Optional<Category> found = categories.list(zoneId).stream()
                .filter(c -> c.active() && c.code().equals(trimmed))
                .findFirst();
        if (found.isEmpty()) {
            errors.add(messages.error("service_code", "open311.error.unknownService", trimmed));
        }
        return found;
    }

    /** The title given, or the description's first line cut to 50 characters. */
    private static String title(String given, String description) {
        if (given != null) {
            return given;
        }
        String line = description.lines().findFirst().orElse("").strip();
        return line.length() <= TITLE_FROM_DESCRIPTION ? line : line.substring(0, TITLE_FROM_DESCRIPTION) + "…";
    }

    /** 姓 before 名 for a Chinese name, else first name first. */
    private static String contactName(String first, String last) {
        String f = Open311Input.blank(first);
        String l = Open311Input.blank(last);
        if (f == null || l == null) {
            return f == null ? l : f;
        }
        return l.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? l + f
                : f + " " + l;
    }

    private static List<InputError> renamed(List<InputError> errors) {
        return errors.stream()
                .map(e -> new InputError(e.row(), PARAMETERS.getOrDefault(e.field(), e.field()), e.message()))
                .toList();
    }
}
