package dev.dovetail.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the table of a JMH run ({@code -rf csv -rff results.csv}) as Markdown: per database, schema and
 * workload, the floor's time and every other contender's ratio to it, with JMH's error (99.9 %) carried into the
 * ratio. The floor is hand-written JDBC linking by insert-if-absent ({@code jdbc}); {@code jdbc-insert} is the
 * same code linking by a plain {@code INSERT}.
 *
 * <pre>{@code java -cp benchmarks.jar dev.dovetail.bench.report.Ratios results.csv}</pre>
 */
public final class Ratios {
  private static final List<String> CONTENDERS =
      List.of("jdbc", "jdbc-insert", "dovetail-pool", "dovetail", "jdbi", "hibernate");

  private Ratios() {}

  /** One measured score. */
  record Score(String benchmark, String db, String schema, String framework, double score, double error,
      String unit) {}

  /** Prints the table of the CSV file {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Ratios results.csv");
      System.exit(2);
    }
    System.out.print(table(read(Path.of(args[0]))));
  }

  static List<Score> read(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv);
    List<String> header = split(lines.get(0));
    int benchmark = header.indexOf("Benchmark");
    int score = header.indexOf("Score");
    int error = header.indexOf("Score Error (99.9%)");
    int unit = header.indexOf("Unit");
    int db = header.indexOf("Param: db");
    int framework = header.indexOf("Param: framework");
    int schema = header.indexOf("Param: schema");
    List<Score> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      List<String> cells = split(line);
      String name = cells.get(benchmark);
      out.add(new Score(name.substring(name.lastIndexOf('.') + 1), cells.get(db),
          schema < 0 ? "dovetail" : cells.get(schema), cells.get(framework), number(cells.get(score)),
          number(cells.get(error)), cells.get(unit)));
    }
    return out;
  }

  /** The Markdown table: one row per database, schema and workload, a column per contender. */
  static String table(List<Score> scores) {
    Map<String, Map<String, Score>> rows = new LinkedHashMap<>();
    for (Score s : scores) {
      rows.computeIfAbsent(s.db() + "\u0000" + s.schema() + "\u0000" + s.benchmark(), k -> new LinkedHashMap<>())
          .put(s.framework(), s);
    }
    StringBuilder out = new StringBuilder("| database | schema | workload | JDBC (µs) | JDBC, plain INSERT "
        + "| Dovetail `create(dataSource)` | Dovetail `create(jdbi)` | JDBI SqlObject | Hibernate |\n");
    out.append("|---|---|---|---:|---:|---:|---:|---:|---:|\n");
    rows.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(row -> {
      String[] key = row.getKey().split("\u0000");
      Map<String, Score> byFramework = row.getValue();
      Score floor = byFramework.get("jdbc");
      out.append("| ").append(key[0]).append(" | ").append(key[1]).append(" | ").append(key[2]).append(" | ");
      out.append(floor == null ? "–" : format(floor.score()) + " ± " + format(floor.error()));
      for (String contender : CONTENDERS.subList(1, CONTENDERS.size())) {
        Score s = byFramework.get(contender);
        out.append(" | ").append(s == null || floor == null ? "–" : ratio(s, floor));
      }
      out.append(" |\n");
    });
    return out.toString();
  }

  /** {@code 1.07× ± 0.05}: the ratio, and its error from both relative errors. */
  static String ratio(Score s, Score floor) {
    double r = s.score() / floor.score();
    double relative = Math.hypot(relative(s), relative(floor));
    return String.format(Locale.ROOT, "%.2f× ± %.2f", r, r * relative);
  }

  private static double relative(Score s) {
    return Double.isNaN(s.error()) ? 0 : s.error() / s.score();
  }

  private static String format(double value) {
    if (Double.isNaN(value)) {
      return "?";
    }
    return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
  }

  private static double number(String cell) {
    return cell.isEmpty() || cell.equals("NaN") ? Double.NaN : Double.parseDouble(cell);
  }

  /** Splits a line of JMH's CSV: fields quoted with {@code "}, separated by commas. */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }
}
