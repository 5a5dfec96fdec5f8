package dev.dovetail.bench.startup;

import dev.dovetail.bench.Target;
import dev.dovetail.bench.model.BenchDb;
import dev.dovetail.bench.model.Student;
import dev.dovetail.dialect.Dialect;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Times each contender from launching its JVM to its first row, {@code runs} times, the contenders taking
 * turns so that the machine's other work falls on all of them alike; prints the medians as Markdown: of the
 * wall-clock time, and of the CPU time the process had taken by then (all its threads), which a busy machine
 * stretches far less than the wall clock.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.dovetail.bench.startup.StartupHarness [runs] [h2|postgresql]...
 * }</pre>
 *
 * <p>H2 is a file database made for the run (an in-memory one would not outlive the process that made it);
 * PostgreSQL a schema of its own on the machine's server. Either holds the benchmarks' tables and one student.
 */
public final class StartupHarness {
  private static final Map<String, Class<?>> MAINS = new LinkedHashMap<>();

  static {
    MAINS.put("jdbc", FirstRowJdbc.class);
    MAINS.put("jdbc-returning", FirstRowJdbcReturning.class);
    MAINS.put("dovetail", FirstRowDovetail.class);
    MAINS.put("dovetail-pool", FirstRowDovetailPool.class);
    MAINS.put("jdbi-handle", FirstRowJdbiHandle.class);
    MAINS.put("jdbi", FirstRowJdbi.class);
    MAINS.put("hibernate", FirstRowHibernate.class);
  }

  private StartupHarness() {}

  /** The mains the harness launches, by contender name, in the order they take turns. */
  static Map<String, Class<?>> mains() {
    return Collections.unmodifiableMap(MAINS);
  }

  /** Runs the harness; arguments: how many runs per contender (default 10), then the databases (default both). */
  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    List<String> dbs = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("h2", "postgresql");
    StringBuilder table = new StringBuilder(
        "| database | contender | median (ms) | ratio to JDBC | CPU median (ms) | CPU ratio to JDBC | runs |\n");
    table.append("|---|---|---:|---:|---:|---:|---:|\n");
    for (String db : dbs) {
      Map<String, List<double[]>> times = measure(db, runs);
      double floor = median(times.get("jdbc"), 0);
      double cpuFloor = median(times.get("jdbc"), 1);
      times.forEach((name, ms) -> table.append(String.format(Locale.ROOT,
          "| %s | %s | %.0f | %.2f× | %.0f | %.2f× | %d |%n", db, name, median(ms, 0), median(ms, 0) / floor,
          median(ms, 1), median(ms, 1) / cpuFloor, ms.size())));
    }
    System.out.print(table);
  }

  private static Map<String, List<double[]>> measure(String db, int runs) throws Exception {
    Path dir = Files.createTempDirectory("dovetail-startup");
    String schema = "startup_" + ProcessHandle.current().pid();
    String url = db.equals("h2") ? "jdbc:h2:file:" + dir.resolve("bench") : Target.PG_URL
        + (Target.PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    String user = db.equals("h2") ? "sa" : Target.PG_USER;
    if (!db.equals("h2")) {
      admin("CREATE SCHEMA " + schema);
    }
    try {
      BenchDb setup = BenchDb.create(Jdbi.create(url, user, ""), db.equals("h2") ? Dialect.H2 : Dialect.POSTGRESQL);
      setup.createSchema();
      long id = setup.students().insert(new Student(null, "Ada")).id();
      Map<String, List<double[]>> times = new LinkedHashMap<>();
      MAINS.keySet().forEach(name -> times.put(name, new ArrayList<>()));
      for (int run = 0; run <= runs; run++) {
        for (Map.Entry<String, Class<?>> main : MAINS.entrySet()) {
          double[] ms = launch(main.getValue(), url, user, id);
          if (run > 0) { // the first round warms the disk cache and is not counted
            times.get(main.getKey()).add(ms);
          }
        }
      }
      return times;
    } finally {
      if (!db.equals("h2")) {
        admin("DROP SCHEMA " + schema + " CASCADE");
      }
      try (var files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The wall-clock time to the row and the CPU time the process reports it took, in ms. */
  private static double[] launch(Class<?> main, String url, String user, long id) throws IOException,
      InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), main.getName(),
        url, user, Long.toString(id)).redirectErrorStream(true);
    long start = System.nanoTime();
    Process process = builder.start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.equals("row Ada")) {
          double ms = (System.nanoTime() - start) / 1e6;
          String cpu = out.readLine();
          process.waitFor();
          if (cpu == null || !cpu.startsWith("cpu ")) {
            throw new IllegalStateException(main.getSimpleName() + " reported no CPU time after its row");
          }
          return new double[] {ms, Double.parseDouble(cpu.substring(4))};
        }
      }
    }
    throw new IllegalStateException(main.getSimpleName() + " ended with " + process.waitFor() + " and no row");
  }

  private static void admin(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(Target.PG_URL, Target.PG_USER, "");
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static double median(List<double[]> values, int which) {
    List<Double> sorted = values.stream().map(v -> v[which]).sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
