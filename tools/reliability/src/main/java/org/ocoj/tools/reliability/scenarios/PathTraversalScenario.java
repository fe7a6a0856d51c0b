package org.ocoj.tools.reliability.scenarios;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ocoj.tools.reliability.http.Answer;
import org.ocoj.tools.reliability.http.RawHttp;
import org.ocoj.tools.reliability.suite.Outcome;
import org.ocoj.tools.reliability.suite.Scenario;
import org.ocoj.tools.reliability.suite.ScenarioResult;
import org.ocoj.tools.reliability.suite.Size;
import org.ocoj.tools.reliability.target.Target;

/**
 * Paths that try to leave the UI's static files and the plugins' UI folders (dot segments, encoded, double
 * encoded, overlong UTF-8, backslashes, NUL, path parameters), sent exactly as written on the request line.
 * None may answer with a file from outside (deployment descriptor, class files, plugin properties, system
 * files) or a 5xx.
 */
public final class PathTraversalScenario implements Scenario {

    static final List<String> PATHS = List.of(
            "/ui/../WEB-INF/web.xml", "/ui/%2e%2e/WEB-INF/web.xml", "/ui/%2E%2E/%2E%2E/etc/passwd",
            "/ui/..%2fWEB-INF%2fweb.xml", "/ui/..%2F..%2F..%2Fetc%2Fpasswd", "/ui/%252e%252e/WEB-INF/web.xml",
            "/ui/..\\WEB-INF\\web.xml", "/ui/..%5cWEB-INF%5cweb.xml", "/ui/%c0%ae%c0%ae/WEB-INF/web.xml",
            "/ui/%c0%af..%c0%afWEB-INF/web.xml", "/ui/....//....//WEB-INF/web.xml", "/ui/.%2e/WEB-INF/web.xml",
            "/ui/app.js%00.html", "/ui/..;/WEB-INF/web.xml", "/..;/WEB-INF/web.xml", "/WEB-INF/web.xml",
            "/META-INF/MANIFEST.MF", "/WEB-INF/classes/org/ocoj/platform/OcoApplication.class",
            "/ui/plugins/self-registration/../../index.html",
            "/ui/plugins/self-registration/..%2f..%2f..%2fWEB-INF%2fweb.xml",
            "/ui/plugins/self-registration/SelfRegistrationUi.class", "/ui/plugins/self-registration/plugin.properties",
            "/ui/plugins/self-registration/META-INF/MANIFEST.MF", "/ui/plugins/..%2f..%2fWEB-INF/web.xml",
            "/ui/plugins/self-registration/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/ui/plugins/self-registration//etc/passwd", "/ui/plugins/self-registration/file:%2f%2f%2fetc%2fpasswd",
            "/agent-plugins/..%2f..%2fconf%2flogging.properties", "/agent-plugins/../../etc/passwd",
            "//etc/passwd", "/ui/%2fetc%2fpasswd");

    /** Text that only a file from outside the public folders would contain. */
    private static final List<String> LEAKS = List.of("<web-app", "root:x:0:0", "manifest-version", "plugin.id=",
            "plugin-id:", "pbkdf2-sha256", "handlers=", "\ufffd\ufffd\ufffd\ufffd\u0000");

    @Override
    public String name() {
        return "path-traversal";
    }

    @Override
    public String promise() {
        return PATHS.size() + " traversal paths on the UI and plugin UI folders: no file from outside, no 5xx";
    }

    @Override
    public ScenarioResult run(Target target, Size size) {
        Outcome outcome = new Outcome(name());
        RawHttp http = new RawHttp(target.host(), target.port());
        List<String> leaks = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String path : PATHS) {
            Answer answer = http.send(RawHttp.Request.get(path), Duration.ofSeconds(30));
            outcome.tally().count(answer.status());
            if (!answer.answered() || answer.status() >= 500) {
                failures.add(path + ": " + answer.summary());
            }
            String body = answer.body().toLowerCase(Locale.ROOT);
            LEAKS.stream().filter(body::contains).findFirst()
                    .ifPresent(marker -> leaks.add(path + " → HTTP " + answer.status() + " containing \"" + marker + "\""));
        }
        outcome.expect(leaks.isEmpty(), "no file from outside the public folders", leaks.size() + " leaks: "
                + String.join("; ", leaks));
        outcome.expect(failures.isEmpty(), "every path is answered without a 5xx", String.join("; ", failures));
        return outcome.result();
    }
}
