package org.ocoj.tools.reliability.suite;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The results as a table: aligned text for the terminal, markdown for docs/reliability.md. */
public final class ResultTable {

    private static final String[] HEADINGS = {"scenario", "requests", "acknowledged", "lost", "5xx", "recovery",
            "verdict"};

    /** Longer notes are cut: the table is for reading; the run's output has every detail. */
    private static final int NOTE_LENGTH = 150;

    private ResultTable() {
    }

    public static String text(String title, List<ScenarioResult> results) {
        List<String[]> rows = results.stream().map(ResultTable::cells).toList();
        int[] widths = new int[HEADINGS.length];
        for (int i = 0; i < HEADINGS.length; i++) {
            widths[i] = HEADINGS[i].length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder(title).append('\n');
        line(out, HEADINGS, widths);
        for (String[] row : rows) {
            line(out, row, widths);
        }
        for (ScenarioResult result : results) {
            if (!result.passed() && !result.details().isEmpty()) {
                out.append("  ").append(result.scenario()).append(": ").append(result.details().get(0)).append('\n');
            }
        }
        return out.toString();
    }

    public static String markdown(List<ScenarioResult> results) {
        StringBuilder out = new StringBuilder("| " + String.join(" | ", HEADINGS) + " | notes |\n");
        out.append("|---|---:|---:|---:|---:|---:|---|---|\n");
        for (ScenarioResult result : results) {
            String[] cells = cells(result);
            String note = result.passed() || result.details().isEmpty() ? "" : result.details().get(0);
            note = note.length() > NOTE_LENGTH ? note.substring(0, NOTE_LENGTH) + "…" : note;
            out.append("| ").append(String.join(" | ", cells)).append(" | ")
                    .append(note.replace("|", "\\|").replace("\n", " ")).append(" |\n");
        }
        return out.toString();
    }

    private static String[] cells(ScenarioResult r) {
        boolean ran = r.verdict() == Verdict.PASS || r.verdict() == Verdict.FAIL;
        return new String[] {r.scenario(), ran ? String.valueOf(r.requests()) : "-",
                ran ? String.valueOf(r.acknowledged()) : "-", r.lost() == null ? "-" : String.valueOf(r.lost()),
                ran ? String.valueOf(r.serverErrors()) : "-", seconds(r.recovery()), r.verdict().text()};
    }

    private static String seconds(Duration duration) {
        return duration == null ? "-" : String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static void line(StringBuilder out, String[] cells, int[] widths) {
        for (int i = 0; i < cells.length; i++) {
            String format = i == 0 || i == cells.length - 1 ? "%-" + widths[i] + "s" : "%" + widths[i] + "s";
            out.append(String.format(Locale.ROOT, format, cells[i])).append(i == cells.length - 1 ? "\n" : "  ");
        }
    }
}
