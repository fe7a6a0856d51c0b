package org.ocoj.platform.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.platform.report.criteria.CriteriaParser;
import org.ocoj.platform.report.criteria.Field;
import org.ocoj.platform.report.criteria.Operator;
import org.ocoj.platform.report.criteria.Scope;

/**
 * {@code oco.report.fields}: what criteria may name right now — every scope (the computer, its inventory
 * collections, enabled plugins' scopes) with its fields, their types and the operators each accepts, plus the
 * operators of {@code count} and the computer fields usable as columns. The report editor builds its
 * choices from this, so a plugin's fields appear and disappear with the plugin.
 */
@ApplicationScoped
public class ReportFieldsMethod implements ClientMethod {

    @Inject
    ReportScopes scopes;

    @Override
    public String method() {
        return "oco.report.fields";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_READ);
    }

    @Override
    public Object handle(ClientCall call) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Scope scope : scopes.catalog().all()) {
            list.add(scope(scope));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("scopes", list);
        data.put("count_operators", CriteriaParser.COUNT_OPERATORS.stream()
                .map(Operator::jsonName).sorted().toList());
        data.put("columns", List.copyOf(Scope.COMPUTER.fields().keySet()));
        data.put("default_columns", ReportInput.DEFAULT_COLUMNS);
        return data;
    }

    private static Map<String, Object> scope(Scope scope) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", scope.label());
        map.put("collection", scope != Scope.COMPUTER);
        map.put("plugin", scope.pluginId().orElse(null));
        map.put("description", scope.description());
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Field field : scope.fields().values()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", field.name());
            f.put("type", field.type().name().toLowerCase(Locale.ROOT));
            f.put("operators", operators(field));
            f.put("description", scope.fieldDescription(field.name()));
            fields.add(f);
        }
        map.put("fields", fields);
        return map;
    }

    private static List<Map<String, Object>> operators(Field field) {
        List<Map<String, Object>> ops = new ArrayList<>();
        for (Operator op : Operator.values()) {
            if (op.accepts(field.type()) && (op != Operator.IS_DUPLICATE || field.identifying())) {
                ops.add(Map.of("name", op.jsonName(), "text", op.text(), "needs_value", op.needsValue()));
            }
        }
        return ops;
    }
}
