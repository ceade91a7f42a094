package com.parkops.projects.web;

import com.parkops.projects.DateBase;
import com.parkops.projects.NodeTemplate;
import com.parkops.projects.Phase;
import com.parkops.projects.TemplateChanges;
import com.parkops.projects.TemplateNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A template as the page edits it: the existing nodes plus a few blank rows to add; each row has an
 * order number (to reorder) and a remove box. Blank rows are left out.
 */
record TemplateForm(String name, boolean defaultTemplate, Integer version, List<Row> nodes) {

    static final int BLANK_ROWS = 5;

    /** One node row. */
    record Row(
            Integer order,
            Phase phase,
            String name,
            UUID departmentId,
            String unit,
            DateBase base,
            Integer offsetDays,
            boolean remove) {

        boolean blank() {
            return (name == null || name.isBlank()) && (unit == null || unit.isBlank()) && departmentId == null;
        }
    }

    TemplateForm {
        nodes = nodes == null ? List.of() : nodes;
    }

    static TemplateForm of(NodeTemplate template) {
        List<Row> rows = new ArrayList<>();
        int order = 1;
        for (TemplateNode n : template.nodes()) {
            rows.add(
                    new Row(order++, n.phase(), n.name(), n.departmentId(), n.unit(), n.base(), n.offsetDays(), false));
        }
        return new TemplateForm(template.name(), template.defaultTemplate(), template.version(), withBlanks(rows));
    }

    static TemplateForm empty() {
        return new TemplateForm("", false, null, withBlanks(new ArrayList<>()));
    }

    private static List<Row> withBlanks(List<Row> rows) {
        int next = rows.size() + 1;
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new Row(next++, Phase.PREPARATION, null, null, null, DateBase.SIGNED, 0, false));
        }
        return rows;
    }

    TemplateChanges toChanges() {
        List<Row> kept = new ArrayList<>();
        for (Row row : nodes) {
            if (row != null && !row.remove() && !row.blank()) {
                kept.add(row);
            }
        }
        kept.sort(Comparator.comparing(Row::order, Comparator.nullsLast(Comparator.naturalOrder())));
        List<TemplateNode> result = kept.stream()
                .map(r -> new TemplateNode(
                        r.phase(),
                        r.name(),
                        r.departmentId(),
                        r.unit(),
                        r.base(),
                        r.offsetDays() == null ? 0 : r.offsetDays()))
                .toList();
        return new TemplateChanges(name, defaultTemplate, version, result);
    }
}
