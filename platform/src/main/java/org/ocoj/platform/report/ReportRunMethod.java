package org.ocoj.platform.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.csv.Csv;

/**
 * {@code oco.report.run}: {@code {"id": 3, "limit": 100, "offset": 0, "order_by": "hostname", "order": "asc",
 * "format": "json"}} → rows with {@code computer_id} (CLIENT-API §2.13); {@code "format": "csv"} gives
 * {@code {"csv": "…"}} instead.
 */
@ApplicationScoped
public class ReportRunMethod implements ClientMethod {

    @Inject
    Reports reports;
    @Inject
    ReportRunner runner;

    @Override
    public String method() {
        return "oco.report.run";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_READ);
    }

    @Override
    public Object handle(ClientCall call) {
        Report report = reports.require(call.data().requireLong("id"));
        Optional<String> format = call.data().optionalString("format", 10);
        if (format.isPresent() && !format.get().equals("json") && !format.get().equals("csv")) {
            throw RequestException.invalid("data.format must be json or csv");
        }
        List<Map<String, Object>> rows = runner.rows(report, Page.read(call.data(), report));
        if (format.isPresent() && format.get().equals("csv")) {
            List<String> header = new ArrayList<>(List.of("computer_id"));
            header.addAll(report.columns());
            return Map.of("csv", Csv.write(header, rows));
        }
        return rows;
    }
}
