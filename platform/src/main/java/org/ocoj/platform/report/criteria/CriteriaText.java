package org.ocoj.platform.report.criteria;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ocoj.platform.report.criteria.Criterion.Condition;
import org.ocoj.platform.report.criteria.Criterion.Count;
import org.ocoj.platform.report.criteria.Criterion.Exists;
import org.ocoj.platform.report.criteria.Criterion.Junction;
import org.ocoj.platform.report.criteria.Criterion.Not;

/**
 * Criteria as text: the canonical JSON that is stored and returned, and the human-readable form the client
 * API shows as a report's {@code query} (CLIENT-API §2.12), e.g.
 * {@code os contains "Debian" and (ram < 4294967296 or has no software where name = "openssh-server")}.
 */
public final class CriteriaText {

    private CriteriaText() {
    }

    /** The canonical JSON shape (maps and lists), which {@link CriteriaParser} reads back unchanged. */
    public static Object json(Criterion criterion) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (criterion instanceof Junction j) {
            map.put(j.any() ? "any" : "all", j.items().stream().map(CriteriaText::json).collect(Collectors.toList()));
        } else if (criterion instanceof Not n) {
            map.put("not", json(n.inner()));
        } else if (criterion instanceof Exists e) {
            map.put(e.negated() ? "not_exists" : "exists", e.scope().label());
            if (e.where() != null) {
                map.put("where", json(e.where()));
            }
        } else if (criterion instanceof Count n) {
            map.put("count", n.scope().label());
            if (n.where() != null) {
                map.put("where", json(n.where()));
            }
            map.put("op", n.op().jsonName());
            map.put("value", n.value());
        } else {
            Condition c = (Condition) criterion;
            map.put("field", c.field().name());
            map.put("op", c.op().jsonName());
            if (c.value() != null) {
                map.put("value", c.value());
            }
        }
        return map;
    }

    /** The human-readable rendering. */
    public static String render(Criterion criterion) {
        return render(criterion, true);
    }

    private static String render(Criterion criterion, boolean top) {
        if (criterion instanceof Junction j) {
            if (j.items().isEmpty()) {
                return j.any() ? "nothing" : "every computer";
            }
            List<String> parts = j.items().stream().map(c -> render(c, false)).collect(Collectors.toList());
            String joined = String.join(j.any() ? " or " : " and ", parts);
            return top || parts.size() == 1 ? joined : "(" + joined + ")";
        }
        if (criterion instanceof Not n) {
            String inner = render(n.inner(), false);
            return "not " + (inner.startsWith("(") ? inner : "(" + inner + ")");
        }
        if (criterion instanceof Exists e) {
            String head = (e.negated() ? "has no " : "has ") + e.scope().label();
            return e.where() == null ? head : head + " where " + render(e.where(), false);
        }
        if (criterion instanceof Count n) {
            String head = "number of " + n.scope().label();
            return (n.where() == null ? head : head + " where " + render(n.where(), false)) + " " + n.op().text()
                    + " " + n.value();
        }
        Condition c = (Condition) criterion;
        String text = c.field().name() + " " + c.op().text();
        if (c.value() == null) {
            return text;
        }
        if (c.op() == Operator.OLDER_THAN_DAYS || c.op() == Operator.WITHIN_DAYS) {
            return text + " " + c.value() + " days";
        }
        return text + " " + (c.value() instanceof String ? quote((String) c.value()) : String.valueOf(c.value()));
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
