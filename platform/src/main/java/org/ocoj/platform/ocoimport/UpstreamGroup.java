package org.ocoj.platform.ocoimport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A row of an upstream group tree ({@code computer_group}, {@code report_group}). */
record UpstreamGroup(long id, Long parentId, String name) {

    /** The groups ordered so every parent comes before its children; groups in a cycle are left out. */
    static List<UpstreamGroup> parentsFirst(List<UpstreamGroup> groups) {
        List<UpstreamGroup> ordered = new ArrayList<>();
        Set<Long> placed = new HashSet<>();
        Set<Long> all = new HashSet<>();
        groups.forEach(g -> all.add(g.id()));
        boolean progress = true;
        while (progress) {
            progress = false;
            for (UpstreamGroup group : groups) {
                boolean parentReady = group.parentId() == null || placed.contains(group.parentId())
                        || !all.contains(group.parentId());
                if (!placed.contains(group.id()) && parentReady) {
                    ordered.add(group);
                    placed.add(group.id());
                    progress = true;
                }
            }
        }
        return ordered;
    }
}
