package org.ocoj.platform.ocoimport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.ocoimport.ImportSummary.Outcome;

/**
 * {@code oco.import.oco}: takes over an upstream OCO server's computers (with their agent and server keys, so
 * the agents keep working untouched), inventory, computer groups, password rotation rules and the rotated local
 * passwords, event query rules, WOL satellites and the
 * settings that map (docs/migrating-from-oco.md). Data: {@code url} ({@code jdbc:mariadb://host:3306/oco}),
 * {@code user}, {@code password}, {@code dry_run}. One transaction: a failure writes nothing; a dry run only
 * counts. Re-running updates what changed upstream and creates nothing twice.
 */
@ApplicationScoped
public class OcoImportMethod implements ClientMethod {

    private static final Logger LOG = Logger.getLogger(OcoImportMethod.class.getName());

    @Inject
    ComputerImport computers;
    @Inject
    GroupImport groups;
    @Inject
    PasswordRuleImport passwordRules;
    @Inject
    ComputerPasswordImport computerPasswords;
    @Inject
    PluginDataImport pluginData;
    @Inject
    SettingsImport settings;
    @Inject
    Clock clock;

    @Override
    public String method() {
        return "oco.import.oco";
    }

    /** It writes computers with their keys, groups and settings: an administrator's job. */
    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SETTINGS_MANAGE);
    }

    @Override
    public Object handle(ClientCall call) {
        JsonParams data = call.data();
        String url = data.requireString("url", 500);
        String user = data.optionalString("user", 100).orElse("root");
        Object password = data.raw("password");
        if (password != null && !(password instanceof String)) {
            throw RequestException.invalid("data.password must be a string");
        }
        ImportSummary summary = new ImportSummary(data.optionalBoolean("dry_run").orElse(false));
        LOG.info("OCO import" + (summary.dryRun() ? " (dry run)" : "") + " from " + url + " started by "
                + call.adminUsername());
        try (UpstreamReader upstream = new UpstreamReader(UpstreamConnection.open(url, user,
                password == null ? "" : (String) password))) {
            LocalDateTime now = LocalDateTime.now(clock);
            Map<String, String> upstreamSettings = upstream.settings();
            Map<Long, Long> computerIds = computers.run(upstream, summary, call.adminUsername(), now);
            Map<Long, Long> groupIds = groups.run(upstream, computerIds, summary, call.adminUsername());
            passwordRules.run(upstream.passwordRules(), groupIds, summary);
            computerPasswords.run(upstream.computerPasswords(), computerIds, summary);
            pluginData.eventRules(upstream, summary, call);
            pluginData.wolSatellites(upstreamSettings.get("wol-satellites"), summary, call);
            settings.run(upstreamSettings, summary, call.adminUsername());
            reports(upstream.reports(), summary);
        }
        notImported(summary);
        LOG.info("OCO import" + (summary.dryRun() ? " (dry run, nothing written)" : "") + " done: " + summary.line());
        if (!summary.dryRun()) {
            call.audit(method(), "import:" + url, Map.of("user", user, "created", summary.total(Outcome.CREATED),
                    "updated", summary.total(Outcome.UPDATED)));
        }
        return summary.toMap();
    }

    /**
     * Upstream reports are SQL, which OCO-J never runs (ARCHITECTURE §8): each user report is listed for the
     * admin to rebuild with criteria; upstream's predefined ones (ids below 1000) have OCO-J counterparts.
     */
    private static void reports(List<UpstreamReport> reports, ImportSummary summary) {
        for (UpstreamReport report : reports) {
            summary.count("reports", Outcome.SKIPPED);
            if (report.id() >= 1000) {
                summary.attention("Report " + report.id() + " \"" + report.name() + "\" not imported: upstream reports "
                        + "are SQL; rebuild it with criteria (its SQL: " + oneLine(report.sql()) + ")");
            }
        }
    }

    private static String oneLine(String sql) {
        String line = sql.replaceAll("\\s+", " ").trim();
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }

    private static void notImported(ImportSummary summary) {
        summary.notImported("Upstream's predefined reports (ids below 1000): OCO-J has its own predefined reports");
        summary.notImported("Packages, jobs, deployment rules, mobile devices: outside OCO-J's scope");
        summary.notImported("Services, events and logins history: the agents report the current state again");
        summary.notImported("System users and roles: create OCO-J admins; domain users: agents report logins again");
    }
}
