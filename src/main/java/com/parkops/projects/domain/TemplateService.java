package com.parkops.projects.domain;

import com.parkops.projects.NodeTemplate;
import com.parkops.projects.NodeTemplates;
import com.parkops.projects.TemplateChanges;
import com.parkops.projects.TemplateNode;
import com.parkops.shared.InputError;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.Users;
import com.parkops.zone.ZoneUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Node templates: the default one seeded on first use, creation and edits with optimistic locking.
 * Nodes are kept phase by phase, in the editor's order within each phase.
 */
@Service
class TemplateService implements NodeTemplates {

    static final int MAX_NODES = 200;
    static final int MAX_OFFSET = 3650;

    private final TemplateStore store;
    private final Users users;
    private final Texts texts;
    private final Audit audit;
    private final Clock clock;

    TemplateService(TemplateStore store, Users users, Texts texts, Audit audit, Clock clock) {
        this.store = store;
        this.users = users;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<NodeTemplate> list(UUID zoneId, String actor) {
        List<NodeTemplate> templates = store.list(zoneId);
        if (!templates.isEmpty()) {
            return templates;
        }
        UUID id = UUID.randomUUID();
        store.insert(zoneId, id, DefaultTemplate.NAME, true, actor, clock.instant());
        store.replaceNodes(zoneId, id, DefaultTemplate.NODES);
        audit.record(
                zoneId,
                actor,
                "project-template",
                id,
                "create",
                DefaultTemplate.NAME,
                Map.of(),
                Map.of("name", DefaultTemplate.NAME, "nodes", DefaultTemplate.NODES.size(), "default", true));
        return store.list(zoneId);
    }

    @Override
    public Optional<NodeTemplate> find(UUID zoneId, UUID id) {
        return store.find(zoneId, id);
    }

    @Override
    public Optional<NodeTemplate> defaultTemplate(UUID zoneId) {
        return store.defaultId(zoneId).flatMap(id -> store.find(zoneId, id));
    }

    @Override
    @Transactional
    public NodeTemplate create(ZoneUser user, TemplateChanges template) {
        List<TemplateNode> nodes = check(user.zoneId(), null, template);
        UUID id = UUID.randomUUID();
        store.insert(
                user.zoneId(),
                id,
                template.name().strip(),
                template.defaultTemplate(),
                user.getUsername(),
                clock.instant());
        store.replaceNodes(user.zoneId(), id, nodes);
        audit.record(
                user.zoneId(),
                user.getUsername(),
                "project-template",
                id,
                "create",
                template.name().strip(),
                Map.of(),
                snapshot(template.name().strip(), template.defaultTemplate(), nodes));
        return store.find(user.zoneId(), id).orElseThrow();
    }

    @Override
    @Transactional
    public NodeTemplate update(ZoneUser user, UUID id, TemplateChanges template) {
        NodeTemplate before = store.find(user.zoneId(), id).orElseThrow(() -> new NotFoundException("template " + id));
        List<TemplateNode> nodes = check(user.zoneId(), id, template);
        if (template.version() == null
                || !store.update(
                        user.zoneId(),
                        id,
                        template.name().strip(),
                        template.defaultTemplate(),
                        template.version(),
                        clock.instant())) {
            throw texts.stale();
        }
        store.replaceNodes(user.zoneId(), id, nodes);
        audit.record(
                user.zoneId(),
                user.getUsername(),
                "project-template",
                id,
                "update",
                template.name().strip(),
                snapshot(before.name(), before.defaultTemplate(), before.nodes()),
                snapshot(template.name().strip(), template.defaultTemplate(), nodes));
        return store.find(user.zoneId(), id).orElseThrow();
    }

    /** Every problem of the template, by node row (1 = first node); the nodes phase by phase. */
    private List<TemplateNode> check(UUID zoneId, UUID id, TemplateChanges template) {
        List<InputError> errors = new ArrayList<>();
        String name = template.name() == null ? "" : template.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            errors.add(texts.error(null, "name", "projects.error.templateName"));
        } else if (store.nameTaken(zoneId, name, id)) {
            errors.add(texts.error(null, "name", "projects.error.templateNameTaken", name));
        }
        List<TemplateNode> nodes = template.nodes();
        if (nodes.isEmpty() || nodes.size() > MAX_NODES) {
            errors.add(texts.error(null, "nodes", "projects.error.nodeCount", MAX_NODES));
        }
        Set<UUID> departments =
                users.departments(zoneId).stream().map(Users.Department::id).collect(Collectors.toSet());
        List<TemplateNode> cleaned = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            TemplateNode node = nodes.get(i);
            int row = i + 1;
            String nodeName = node.name() == null ? "" : node.name().strip();
            String unit = node.unit() == null || node.unit().isBlank()
                    ? null
                    : node.unit().strip();
            if (nodeName.isEmpty() || nodeName.length() > 100) {
                errors.add(texts.error(row, "name", "projects.error.nodeName"));
            }
            if (node.phase() == null) {
                errors.add(texts.error(row, "phase", "projects.error.required"));
            }
            if (node.base() == null) {
                errors.add(texts.error(row, "base", "projects.error.required"));
            }
            if (Math.abs(node.offsetDays()) > MAX_OFFSET) {
                errors.add(texts.error(row, "offsetDays", "projects.error.range", -MAX_OFFSET, MAX_OFFSET));
            }
            if (node.departmentId() != null && !departments.contains(node.departmentId())) {
                errors.add(texts.error(row, "departmentId", "projects.error.department"));
            } else if (node.departmentId() == null && unit == null) {
                errors.add(texts.error(row, "unit", "projects.error.unit"));
            } else if (unit != null && unit.length() > 100) {
                errors.add(texts.error(row, "unit", "projects.error.tooLong", 100));
            }
            cleaned.add(new TemplateNode(
                    node.phase(),
                    nodeName,
                    node.departmentId(),
                    node.departmentId() == null ? unit : null,
                    node.base(),
                    node.offsetDays()));
        }
        texts.refuse(errors);
        return cleaned.stream()
                .sorted(Comparator.comparing(TemplateNode::phase))
                .toList();
    }

    private static Map<String, Object> snapshot(String name, boolean isDefault, List<TemplateNode> nodes) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("default", isDefault);
        values.put("nodes", nodes.size());
        values.put(
                "nodeList",
                nodes.stream()
                        .map(n -> n.phase() + ":" + n.name() + "@" + n.base() + (n.offsetDays() >= 0 ? "+" : "")
                                + n.offsetDays())
                        .collect(Collectors.joining(", ")));
        return values;
    }
}
