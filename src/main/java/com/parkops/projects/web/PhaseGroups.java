package com.parkops.projects.web;

import com.parkops.projects.Phase;
import com.parkops.projects.ScheduleNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The schedule's nodes by phase for the table, and as rows for the timeline chart. */
final class PhaseGroups {

    /** One bar of the timeline: the node, its planned and actual dates (ISO text) and colour. */
    record Bar(String name, String planned, String actual, String colour) {}

    private PhaseGroups() {}

    static Map<Phase, List<ScheduleNode>> of(List<ScheduleNode> nodes) {
        Map<Phase, List<ScheduleNode>> groups = new EnumMap<>(Phase.class);
        for (ScheduleNode node : nodes) {
            groups.computeIfAbsent(node.phase(), p -> new ArrayList<>()).add(node);
        }
        return new LinkedHashMap<>(groups);
    }

    static List<Bar> timeline(List<ScheduleNode> nodes) {
        return nodes.stream()
                .map(n -> new Bar(
                        n.name(),
                        n.plannedOn().toString(),
                        n.actualOn() == null ? null : n.actualOn().toString(),
                        n.status().colour()))
                .toList();
    }
}
