package com.parkops.projects;

import java.util.List;
import java.util.UUID;

/** A node template: its nodes in order, phase by phase; {@code version} guards edits. */
public record NodeTemplate(UUID id, String name, boolean defaultTemplate, int version, List<TemplateNode> nodes) {

    public NodeTemplate {
        nodes = List.copyOf(nodes);
    }
}
