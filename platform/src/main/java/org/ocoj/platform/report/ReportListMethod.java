package org.ocoj.platform.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.RequestException;

/** {@code oco.report.list} in upstream's shape (CLIENT-API §2.12): all reports, or one report group's. */
@ApplicationScoped
public class ReportListMethod implements ClientMethod {

    @Inject
    Reports reports;

    @Override
    public String method() {
        return "oco.report.list";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_READ);
    }

    @Override
    public Object handle(ClientCall call) {
        Optional<Long> groupId = call.data().optionalLong("report_group_id").filter(id -> id != 0);
        Map<String, Object> data = new LinkedHashMap<>();
        if (groupId.isPresent()) {
            Map<String, Object> group = reports.group(groupId.get())
                    .orElseThrow(() -> RequestException.notFound("Not found"));
            data.put("name", group.get("name"));
        }
        data.put("reports", reports.list(groupId).stream().map(Report::toApi).collect(Collectors.toList()));
        data.put("groups", reports.groups(groupId));
        return data;
    }
}
