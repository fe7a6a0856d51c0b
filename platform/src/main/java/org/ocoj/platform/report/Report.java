package org.ocoj.platform.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocoj.platform.report.criteria.CriteriaText;
import org.ocoj.platform.report.criteria.Criterion;

/** A saved report: typed criteria plus the computer fields its rows show. */
public record Report(long id, Long reportGroupId, String name, String notes, Criterion criteria,
                     List<String> columns, boolean predefined) {

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
        map.put("query", CriteriaText.render(criteria));
        map.put("criteria", CriteriaText.json(criteria));
        map.put("columns", columns);
        map.put("predefined", predefined);
        return map;
    }
}
