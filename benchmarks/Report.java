import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The goal table of P1–P10 (performance.md, B3) applied to one run's records: writes the run's JSON and prints its
 * Markdown table, and appends the table to the README's Results section when a README is given.
 *
 * <p>Usage: java Report.java FACTS RECORDS JSON README|-. FACTS holds key=value lines (the machine and the run);
 * RECORDS the "figure|limit TAB goal TAB name TAB value" lines of benchmarks/lib.sh.
 */
public class Report {

    /** What a goal compares: its figure over its limit, and how the ratio and the figures meet it. */
    record Goal(String id, String what, String figure, String limit, String target,
            BiFunction<Double, Map<String, String>, String> verdict) {
    }

    static final List<Goal> GOALS = List.of(
            new Goal("P1", "API create, req/s (32 clients)", "rps", "insert_c8_tps",
                    "≥ 0.10 must, ≥ 0.20 goal; no errors; p95 ≤ 25 ms at half load",
                    (ratio, facts) -> atLeast(ratio, 0.20, 0.10) + guards(facts, "non_2xx", "== 0",
                            "half_load_non_2xx", "== 0", "p95_at_half_load_ms", "<= 25")),
            new Goal("P2", "CSV export of a month, 200 shops, rows/s", "rows_per_s", "copy_rows_per_s",
                    "≥ 0.25 must, ≥ 0.50 goal; first byte ≤ 1 s; heap growth ≤ 64 MB",
                    (ratio, facts) -> atLeast(ratio, 0.50, 0.25) + guards(facts, "first_byte_s", "<= 1",
                            "heap_peak_growth_mb", "<= 64")),
            new Goal("P3", "MT940 export of a shop-month, rows/s", "rows_per_s", "csv_rows_per_s",
                    "≥ 0.5 of CSV; same bytes twice",
                    (ratio, facts) -> (ratio >= 0.5 ? "met" : "not met") + guards(facts, "identical_runs", "true")),
            new Goal("P4", "search p95, ms (20 users)", "p95_ms", "sql_p95_ms", "≤ 3 × sql + 10 ms; p95 ≤ 50 ms",
                    (ratio, facts) -> number(facts, "p95_ms") <= 3 * number(facts, "sql_p95_ms") + 10
                            ? "met" + guards(facts, "p95_ms", "<= 50", "errors", "== 0") : "not met"),
            new Goal("P5", "dashboard 30 days p95, ms", "p95_ms", "sql_p95_ms", "≤ 2; p95 ≤ 100 ms",
                    (ratio, facts) -> (ratio <= 2 ? "met" : "not met") + guards(facts, "p95_ms", "<= 100")),
            new Goal("P6", "dashboard 12 months p95, ms", "p95_ms", "raw_scan_ms", "≤ 0.05; rollup equals raw",
                    (ratio, facts) -> (ratio <= 0.05 ? "met" : "not met")
                            + guards(facts, "rollup_equals_raw", "true")),
            new Goal("P7", "webhooks delivered/s", "rps", "httpclient_rps",
                    "≥ 0.5; first attempt p95 ≤ 1 s; none lost after kill -9",
                    (ratio, facts) -> (ratio >= 0.5 ? "met" : "not met") + guards(facts, "first_attempt_p95_ms",
                            "<= 1000", "lost_after_kill9", "== 0")),
            new Goal("P8", "healthy webhooks/s, 1 of 10 hanging", "healthy_rps", "rps", "≥ 0.9 of P7",
                    (ratio, facts) -> ratio >= 0.9 ? "met" : "not met"),
            new Goal("P9", "scheduled report of a month, rows/s", "rows_per_s", "copy_rows_per_s",
                    "≥ 0.25; API p95 during the run ≤ 2 × quiet",
                    (ratio, facts) -> (ratio >= 0.25 ? "met" : "not met") + (number(facts, "api_p95_during_run_ms")
                            <= 2 * number(facts, "api_p95_quiet_ms") ? "" : "; guard not met: api_p95_during_run_ms")),
            new Goal("P10", "insert tps sync off (ratio off/on)", "insert_sync_off_tps", "insert_sync_on_tps",
                    "payment state on",
                    (ratio, facts) -> "on".equals(facts.get("payment_synchronous_commit")) ? "met" : "not met"));

    /**
     * The guards a verdict adds: pairs of a figure's name and a condition ("<= 25", "== 0", or a word it must
     * equal); empty when all hold, else the names of those that do not (a missing figure does not hold).
     */
    static String guards(Map<String, String> facts, String... pairs) {
        StringBuilder failed = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            String value = facts.get(pairs[i]);
            String condition = pairs[i + 1];
            boolean holds;
            if (value == null) {
                holds = false;
            }
            else if (condition.startsWith("<= ")) {
                holds = Double.parseDouble(value) <= Double.parseDouble(condition.substring(3));
            }
            else if (condition.startsWith("== ")) {
                holds = Double.parseDouble(value) == Double.parseDouble(condition.substring(3));
            }
            else {
                holds = value.equals(condition);
            }
            if (!holds) {
                failed.append(failed.length() == 0 ? "; guard not met: " : ", ").append(pairs[i]);
            }
        }
        return failed.toString();
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> facts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                facts.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        Map<String, Map<String, String>> figures = new LinkedHashMap<>();
        Map<String, Map<String, String>> limits = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t", 4);
            if (parts.length == 4) {
                (parts[0].equals("limit") ? limits : figures).computeIfAbsent(parts[1], id -> new LinkedHashMap<>())
                        .put(parts[2], parts[3]);
            }
        }
        StringBuilder json = new StringBuilder("{\n  \"machine_and_run\": ").append(object(facts, "  "))
                .append(",\n  \"goals\": {");
        StringBuilder table = new StringBuilder(heading(facts))
                .append("| # | figure | value | limit | ratio | goal | verdict |\n|---|---|---|---|---|---|---|\n");
        int missing = 0;
        for (Goal goal : GOALS) {
            Map<String, String> own = figures.getOrDefault(goal.id(), Map.of());
            Map<String, String> against = limits.getOrDefault(goal.id(), Map.of());
            Map<String, String> both = new LinkedHashMap<>(against);
            both.putAll(own);
            String figure = own.get(goal.figure());
            String limit = against.get(goal.limit());
            String ratio = "–";
            String verdict;
            if (figure == null || limit == null) {
                verdict = "no figure";
                missing++;
            }
            else {
                double value = Double.parseDouble(limit) == 0 ? Double.NaN
                        : Double.parseDouble(figure) / Double.parseDouble(limit);
                ratio = String.format(Locale.ROOT, value < 0.1 ? "%.4f" : "%.3f", value);
                verdict = goal.verdict().apply(value, both);
            }
            json.append(goal == GOALS.get(0) ? "\n" : ",\n").append("    \"").append(goal.id()).append("\": {")
                    .append("\"what\": ").append(quoted(goal.what())).append(", \"figure\": ")
                    .append(value(figure)).append(", \"limit\": ").append(value(limit)).append(", \"ratio\": ")
                    .append(ratio.equals("–") ? "null" : ratio).append(", \"goal\": ").append(quoted(goal.target()))
                    .append(", \"verdict\": ").append(quoted(verdict)).append(", \"figures\": ")
                    .append(object(own, "      ")).append(", \"limits\": ").append(object(against, "      "))
                    .append("}");
            table.append("| ").append(goal.id()).append(" | ").append(goal.what()).append(" | ")
                    .append(figure == null ? "–" : shown(figure)).append(" | ")
                    .append(limit == null ? "–" : goal.limit() + " " + shown(limit)).append(" | ").append(ratio)
                    .append(" | ").append(goal.target()).append(" | ").append(verdict).append(" |\n");
        }
        json.append("\n  },\n  \"goals_without_figure\": ").append(missing).append("\n}\n");
        Files.writeString(Path.of(args[2]), json, StandardCharsets.UTF_8);
        System.out.print(table);
        if (!args[3].equals("-")) {
            Path readme = Path.of(args[3]);
            String text = Files.readString(readme, StandardCharsets.UTF_8);
            Files.writeString(readme, text.stripTrailing() + "\n\n" + table, StandardCharsets.UTF_8);
        }
    }

    static String heading(Map<String, String> facts) {
        return "### " + facts.get("date") + ", " + facts.get("scale") + " (" + facts.get("transactions")
                + " transactions), commit " + facts.get("commit") + "\n\n" + facts.get("nproc") + " cores ("
                + facts.get("cpu") + "), " + facts.get("memory") + ", " + facts.get("java") + ", PostgreSQL "
                + facts.get("postgres") + "; pg_test_fsync fdatasync " + facts.get("pg_test_fsync_fdatasync_ops_per_s")
                + " ops/s; load average at the end " + facts.get("load_average") + "; data set generated in "
                + facts.get("dataset_seconds") + " s, run " + facts.get("run_seconds") + " s.\n\n";
    }

    /** A figure for the table: whole numbers from 100 up, two decimals below. */
    static String shown(String value) {
        if (!value.matches("-?\\d+(\\.\\d+)?")) {
            return value;
        }
        double number = Double.parseDouble(value);
        return String.format(Locale.ROOT, Math.abs(number) >= 100 ? "%,.0f" : "%.2f", number);
    }

    static double number(Map<String, String> facts, String name) {
        return Double.parseDouble(facts.getOrDefault(name, "NaN"));
    }

    static String atLeast(double ratio, double goal, double must) {
        return ratio >= goal ? "goal met" : ratio >= must ? "must met" : "not met";
    }

    static String object(Map<String, String> values, String indent) {
        StringBuilder out = new StringBuilder("{");
        values.forEach((key, value) -> out.append(out.length() == 1 ? "" : ",").append("\n").append(indent)
                .append("  ").append(quoted(key)).append(": ").append(value(value)));
        return out.append(values.isEmpty() ? "}" : "\n" + indent + "}").toString();
    }

    static String value(String value) {
        if (value == null) {
            return "null";
        }
        return value.matches("-?\\d+(\\.\\d+)?") ? value : quoted(value);
    }

    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
