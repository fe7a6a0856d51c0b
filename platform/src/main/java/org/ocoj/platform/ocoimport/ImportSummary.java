package org.ocoj.platform.ocoimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did (or, in a dry run, would do) per kind of object — created, updated, unchanged, skipped —
 * and the list of things an admin has to look at. Never holds a key or password.
 */
final class ImportSummary {

    enum Outcome { CREATED, UPDATED, UNCHANGED, SKIPPED }

    private final boolean dryRun;
    private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    private final List<String> attention = new ArrayList<>();
    private final List<String> notImported = new ArrayList<>();

    ImportSummary(boolean dryRun) {
        this.dryRun = dryRun;
    }

    boolean dryRun() {
        return dryRun;
    }

    void count(String kind, Outcome outcome) {
        Map<String, Integer> kindCounts = counts.computeIfAbsent(kind, k -> {
            Map<String, Integer> zero = new LinkedHashMap<>();
            for (Outcome o : Outcome.values()) {
                zero.put(o.name().toLowerCase(java.util.Locale.ROOT), 0);
            }
            return zero;
        });
        kindCounts.merge(outcome.name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
    }

    /** Something imported in part, or not, that an admin should check (one sentence). */
    void attention(String sentence) {
        attention.add(sentence);
    }

    /** Upstream data this import does not take over, and why. */
    void notImported(String sentence) {
        notImported.add(sentence);
    }

    int total(Outcome outcome) {
        String key = outcome.name().toLowerCase(java.util.Locale.ROOT);
        return counts.values().stream().mapToInt(c -> c.getOrDefault(key, 0)).sum();
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("dry_run", dryRun);
        map.put("counts", counts);
        map.put("attention", attention);
        map.put("not_imported", notImported);
        return map;
    }

    /** One line for the log. */
    String line() {
        StringBuilder text = new StringBuilder();
        counts.forEach((kind, c) -> text.append(text.length() == 0 ? "" : "; ").append(kind).append(' ').append(c));
        return text + "; " + attention.size() + " item(s) need attention";
    }
}
