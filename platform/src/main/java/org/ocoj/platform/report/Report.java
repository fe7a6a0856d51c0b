package org.ocoj.platform.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.report.criteria.CriteriaText;
import org.ocoj.platform.report.criteria.Criterion;

/**
 * A saved report: typed criteria plus the computer fields its rows show. {@code criteria} is null when the
 * stored criteria name something not available now (a disabled plugin's scope); {@code storedCriteria} is
 * the stored JSON and {@code problem} says what is missing.
 */
public record Report(long id, Long reportGroupId, String name, String notes, Criterion criteria,
                     Object storedCriteria, String problem, List<String> columns, boolean predefined) {

    /** The criteria, or INVALID naming what is missing (e.g. the scope of a disabled plugin). */
    public Criterion usableCriteria() {
        if (criteria == null) {
            throw RequestException.invalid("Report " + id + " cannot be used now: " + problem);
        }
        return criteria;
    }

    /** The readable criteria, also when they cannot be used now. */
    public String query() {
        return criteria == null ? "unavailable (" + problem + ")" : CriteriaText.render(criteria);
    }

    /**
     * The client API shape: upstream's keys (CLIENT-API §2.3, with {@code query} as readable text instead of
     * SQL) plus the criteria themselves, the columns and whether it is predefined.
     */
    public Map<String, Object> toApi() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", id);
        map.put("report_group_id", reportGroupId);
        map.put("name", name);
        map.put("notes", notes);
        map.put("query", query());
        map.put("criteria", criteria == null ? storedCriteria : CriteriaText.json(criteria));
        map.put("columns", columns);
        map.put("predefined", predefined);
        if (problem != null) {
            map.put("problem", problem);
        }
        return map;
    }
}
