package org.ocoj.tools.reliability.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ocoj.tools.reliability.suite.Outcome;
import org.ocoj.tools.reliability.suite.Scenario;
import org.ocoj.tools.reliability.suite.ScenarioResult;
import org.ocoj.tools.reliability.suite.Size;
import org.ocoj.tools.reliability.target.Target;

/**
 * Classic SQL injection payloads in every kind of client API parameter that reaches SQL: names that are stored
 * (computer hostnames, group names), ids, report criteria values, and the report's sort column and direction.
 * Each payload is stored literally or refused in words; none reaches SQL as code, none causes a 5xx or an
 * answer with a database error, and no computer disappears.
 */
public final class SqlInjectionScenario implements Scenario {

    static final List<String> PAYLOADS = List.of(
            "' OR '1'='1", "' OR 1=1 -- ", "\" OR \"\"=\"", "') OR ('1'='1", "1' OR '1'='1' /*", "admin'-- ",
            "'; DROP TABLE computer; -- ", "1; DROP TABLE computer", "' UNION SELECT password_hash FROM admin_user -- ",
            "1 UNION SELECT 1,2,3 -- ", "' AND 1=0 UNION ALL SELECT agent_key FROM computer -- ", "%' OR '%'='",
            "_%", "\\'; SELECT 1; -- ", "\\\" OR 1=1 -- ", "' OR SLEEP(0) -- ", "1 AND BENCHMARK(1,MD5(1))",
            "'; SHUTDOWN; -- ", "' OR EXISTS(SELECT * FROM admin_user) -- ", "0x27204f5220313d31",
            "CHAR(39)+CHAR(79)+CHAR(82)", "' || (SELECT VERSION()) || '", "'||'", "1' ORDER BY 100 -- ",
            "' GROUP BY hostname HAVING 1=1 -- ", "'; INSERT INTO admin_user VALUES (1,'x','y') -- ",
            "') ; UPDATE computer SET agent_key=NULL; -- ", "`hostname`", "hostname`; DROP TABLE computer; --",
            "$1", "?", "' AND extractvalue(1,concat(0x7e,version())) -- ", "1e999999999", "-1 OR 1=1",
            "' OR ''='", "\u02bc OR 1=1 -- ", "\uff07 OR 1=1 -- ", "%27%20OR%201%3D1", "'\u0000' OR 1=1",
            "/*!50000 OR*/ 1=1", "'; CALL sys.ps_truncate_all_tables(FALSE); -- ");

    private static final List<String> DATABASE_ERRORS = List.of("sql syntax", "sqlexception", "syntax error",
            "org.h2", "jdbc", "mariadb server version", "you have an error in your sql", "unknown column",
            "sqlstate", "eclipselink");

    @Override
    public String name() {
        return "sql-injection";
    }

    @Override
    public String promise() {
        return PAYLOADS.size() + " injection payloads in client API parameters and report criteria: stored as text or "
                + "refused, no 5xx, no database error shown, nothing deleted";
    }

    @Override
    public ScenarioResult run(Target target, Size size) {
        Outcome outcome = new Outcome(name());
        Admin admin = new Admin(target, outcome.tally());
        int computersBefore = target.clientApi().computerIds().size();
        List<String> problems = new ArrayList<>();
        int stored = 0;
        for (String payload : PAYLOADS) {
            Admin.Reply created = check(admin.call("oco.computer.create", Map.of("hostname", payload)), payload, problems);
            if (created.ok()) {
                stored++;
                long id = created.data().path("id").asLong();
                Admin.Reply got = check(admin.call("oco.computer.get", Map.of("id", id)), payload, problems);
                // surrounding blanks are trimmed from hostnames on purpose: text, not SQL, is what counts
                if (!payload.strip().equals(got.data().path("general").path("hostname").asText())) {
                    problems.add("hostname " + quoted(payload) + " was stored as "
                            + quoted(got.data().path("general").path("hostname").asText()));
                }
                check(admin.call("oco.computer.remove", Map.of("id", id, "force", true)), payload, problems);
            }
            check(admin.call("oco.computer.get", Map.of("id", payload)), payload, problems);
            Admin.Reply group = check(admin.call("oco.computer_group.create", Map.of("name", payload)), payload, problems);
            if (group.ok()) {
                check(admin.call("oco.computer_group.remove", Map.of("id", group.data().path("id").asLong(), "force", true)),
                        payload, problems);
            }
            report(admin, payload, problems);
        }
        int computersAfter = target.clientApi().computerIds().size();
        outcome.expect(problems.isEmpty(), "payloads are text, never SQL", problems.size() + " problems: "
                + String.join("; ", problems.subList(0, Math.min(5, problems.size()))));
        outcome.expect(outcome.tally().serverErrors() == 0, "no 5xx", outcome.tally().serverErrors() + " answers 5xx");
        outcome.expect(computersAfter >= computersBefore, "no computer disappears",
                computersBefore + " computers before, " + computersAfter + " after");
        outcome.observe(PAYLOADS.size() + " payloads; " + stored + " stored literally as hostnames and removed again");
        return outcome.result();
    }

    /** A report whose criteria carry the payload must match nothing; its sort parameters must be refused. */
    private static void report(Admin admin, String payload, List<String> problems) {
        Map<String, Object> criteria = Map.of("any", List.of(
                Map.of("field", "hostname", "op", "equals", "value", payload),
                Map.of("field", "os", "op", "contains", "value", payload),
                Map.of("exists", "software", "where", Map.of("field", "name", "op", "starts_with", "value", payload))));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("name", "rel-sqli " + payload);
        report.put("criteria", criteria);
        Admin.Reply created = check(admin.call("oco.report.create", report), payload, problems);
        if (!created.ok()) {
            problems.add("a report with the payload as criteria values was refused: " + created.error());
            return;
        }
        long id = created.data().path("id").asLong();
        Admin.Reply rows = check(admin.call("oco.report.run", Map.of("id", id)), payload, problems);
        if (rows.ok() && rows.data().size() > 0) {
            problems.add("criteria value " + quoted(payload) + " matched " + rows.data().size() + " computers");
        }
        Admin.Reply sorted = check(admin.call("oco.report.run", Map.of("id", id, "order_by", payload)), payload, problems);
        if (sorted.ok()) {
            problems.add("order_by " + quoted(payload) + " was accepted");
        }
        Admin.Reply ordered = check(admin.call("oco.report.run", Map.of("id", id, "order", payload)), payload, problems);
        if (ordered.ok()) {
            problems.add("order " + quoted(payload) + " was accepted");
        }
        check(admin.call("oco.report.remove", Map.of("id", id)), payload, problems);
    }

    private static Admin.Reply check(Admin.Reply reply, String payload, List<String> problems) {
        if (reply.status() >= 500 || reply.status() == 0) {
            problems.add(quoted(payload) + ": HTTP " + reply.status() + " " + abbreviate(reply.body()));
        } else if (reply.json() == null) {
            problems.add(quoted(payload) + ": answer is not JSON: " + abbreviate(reply.body()));
        }
        String text = reply.body().toLowerCase(Locale.ROOT);
        for (String marker : DATABASE_ERRORS) {
            if (text.contains(marker)) {
                problems.add(quoted(payload) + ": the answer shows a database error (" + marker + "): "
                        + abbreviate(reply.body()));
                break;
            }
        }
        return reply;
    }

    static String quoted(String text) {
        return "\"" + text.replace("\u0000", "\\0") + "\"";
    }

    static String abbreviate(String text) {
        return org.ocoj.tools.reliability.http.Answer.excerpt(text, 160);
    }
}
