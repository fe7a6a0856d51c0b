package org.ocoj.platform.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * index.html preloads the UI's modules so they arrive at once instead of wave by wave: none of its links may point
 * to a module that does not exist, and the computer list's modules (the measured first paint) must be there.
 * Another module left out only loads a wave later.
 */
class UiModulePreloadTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    private static final Set<String> COMPUTER_LIST = Set.of("api.js", "dom.js", "pages/computers.js",
            "pages/status.js", "pages/computer-actions.js", "pages/groups.js");

    @Test
    void indexPreloadsExistingModulesAndAllOfTheComputerList() throws IOException {
        Set<String> preloaded = new TreeSet<>();
        Matcher links = Pattern.compile("<link rel=\"modulepreload\" href=\"/ui/([^\"]+)\">")
                .matcher(Files.readString(WEBAPP.resolve("index.html")));
        while (links.find()) {
            preloaded.add(links.group(1));
        }
        Path ui = WEBAPP.resolve("ui");
        Set<String> modules;
        try (Stream<Path> files = Files.walk(ui)) {
            modules = files.filter(f -> f.toString().endsWith(".js")).map(f -> ui.relativize(f).toString())
                    .filter(m -> !m.equals("app.js")).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> missing = new TreeSet<>(preloaded);
        missing.removeAll(modules);
        assertEquals(Set.of(), missing, "modulepreload links in index.html to modules that do not exist");
        Set<String> notPreloaded = new TreeSet<>(COMPUTER_LIST);
        notPreloaded.removeAll(preloaded);
        assertEquals(Set.of(), notPreloaded, "the computer list's modules must be preloaded");
    }
}
