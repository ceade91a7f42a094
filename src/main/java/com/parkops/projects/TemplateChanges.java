package com.parkops.projects;

import java.util.List;

/**
 * A template as written by an editor: name, whether it is the zone's default, and the whole list
 * of nodes in their new order (nodes left out are removed).
 *
 * @param version the version read, for an edit; ignored on creation
 */
public record TemplateChanges(String name, boolean defaultTemplate, Integer version, List<TemplateNode> nodes) {

    public TemplateChanges {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
    }
}
