package com.parkops.appeals.web;

import com.parkops.appeals.AppealCategories;
import com.parkops.appeals.AppealType;
import com.parkops.appeals.Category;
import com.parkops.appeals.Urgency;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The zone's Open311 services: one per active appeal category ({@code service_code} = the category
 * code), each realtime with a service definition — the appeal type (required), urgency, a title,
 * the enterprise by name or credit code, and for a labour-dispute category the labour figures.
 */
@Component
class Open311Catalogue {

    private final AppealCategories categories;
    private final MessageSource messages;

    Open311Catalogue(AppealCategories categories, MessageSource messages) {
        this.categories = categories;
        this.messages = messages;
    }

    List<Map<String, Object>> services(UUID zoneId) {
        return active(zoneId).stream().map(this::service).toList();
    }

    Optional<Map<String, Object>> definition(UUID zoneId, String code) {
        return active(zoneId).stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .map(this::definition);
    }

    private List<Category> active(UUID zoneId) {
        return categories.list(zoneId).stream().filter(Category::active).toList();
    }

    private Map<String, Object> service(Category category) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("service_code", category.code());
        service.put("service_name", name(category));
        service.put(
                "description",
                text(
                        category.labourDispute() ? "open311.service.labourDescription" : "open311.service.description",
                        name(category)));
        service.put("metadata", true);
        service.put("type", "realtime");
        service.put("keywords", String.join(",", name(category), text("open311.service.keywords")));
        service.put("group", text("open311.service.group"));
        return service;
    }

    private Map<String, Object> definition(Category category) {
        List<Map<String, Object>> attributes = new ArrayList<>();
        attributes.add(attribute(
                "type", "singlevaluelist", true, attributes.size() + 1, options(AppealType.values(), "appeals.type.")));
        attributes.add(attribute(
                "urgency",
                "singlevaluelist",
                false,
                attributes.size() + 1,
                options(Urgency.values(), "appeals.urgency.")));
        attributes.add(attribute("title", "string", false, attributes.size() + 1, null));
        attributes.add(attribute("enterprise_name", "string", false, attributes.size() + 1, null));
        attributes.add(attribute("credit_code", "string", false, attributes.size() + 1, null));
        if (category.labourDispute()) {
            attributes.add(attribute("workers_involved", "number", false, attributes.size() + 1, null));
            attributes.add(attribute("amount_owed", "number", false, attributes.size() + 1, null));
            attributes.add(attribute("amount_recovered", "number", false, attributes.size() + 1, null));
        }
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", category.code());
        definition.put("attributes", attributes);
        return definition;
    }

    private Map<String, Object> attribute(
            String code, String datatype, boolean required, int order, List<Map<String, Object>> values) {
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("variable", true);
        attribute.put("code", code);
        attribute.put("datatype", datatype);
        attribute.put("required", required);
        attribute.put("datatype_description", text("open311.attribute." + code + ".datatype"));
        attribute.put("order", order);
        attribute.put("description", text("open311.attribute." + code));
        if (values != null) {
            attribute.put("values", values);
        }
        return attribute;
    }

    private List<Map<String, Object>> options(Enum<?>[] values, String prefix) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (Enum<?> value : values) {
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("key", value.name());
            option.put("name", text(prefix + value.name()));
            options.add(option);
        }
        return options;
    }

    private String name(Category category) {
        return messages.getMessage(
                "appeals.category." + category.code(), null, category.name(), LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
