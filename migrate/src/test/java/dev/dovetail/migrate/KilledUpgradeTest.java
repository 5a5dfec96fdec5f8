package dev.dovetail.migrate;

import dev.dovetail.migrate.alter.Alter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.MariaDbServer;
import dev.dovetail.testing.PostgresServer;
import dev.dovetail.testing.TestDatabase;
import dev.dovetail.testing.TestDatabase.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.h2.tools.Server;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;

/**
 * Processes killed ({@code kill -9}) at random points of a long migration leave every row exactly once and a
 * history that says what is applied, and the next upgrade resumes to the end. Each kill hits a real JVM running
 * {@link UpgradeProcess}; the migration mixes {@code INSERT ... SELECT}s, which must not run twice, with DDL,
 * which H2 and MariaDB commit by itself. The seed is printed; {@code -Ddovetail.seed=...} replays one.
 */
class KilledUpgradeTest {
  private static final int KILLS = 20;
  private static final int VERSIONS = 6;
  /** Six DDL statements, each fifth, undo each other: every version leaves the schema as it found it. */
  private static final int STATEMENTS = 30;
  private static final int SOURCE_ROWS = 50;

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
  void killedUpgradesLeaveEveryRowOnceAndResume(TestDatabase db, @TempDir Path dir) throws Exception {
    // H2 in a server of this JVM, reached by TCP as MariaDB and PostgreSQL are: the killed process is the one that
    // migrates, not the database (an H2 file database killed with its process can be left unreadable).
    Server server = db.kind() == Kind.H2
        ? Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", dir.toString()).start() : null;
    try {
      run(db, dir, server == null ? db.url() : "jdbc:h2:tcp://localhost:" + server.getPort() + "/killed");
    } finally {
      if (server != null) {
        server.stop();
      }
    }
  }

  private void run(TestDatabase db, Path dir, String url) throws Exception {
    long seed = Long.getLong("dovetail.seed", System.nanoTime());
    String engine = db.kind().name().toLowerCase(java.util.Locale.ROOT);
    System.out.println("KilledUpgradeTest [" + engine + "] seed " + seed + " (replay with -Ddovetail.seed=" + seed + ")");
    Random random = new Random(seed);
    Properties properties = switch (db.kind()) {
      case POSTGRESQL -> PostgresServer.properties();
      case MARIADB -> MariaDbServer.properties();
      default -> new Properties();
    };
    Jdbi jdbi = Jdbi.create(url, properties);
    Path folder = writeMigrations(Files.createDirectories(dir.resolve("migrations")), db.dialect());
    Migrator migrator = Migrator.create(jdbi, db.dialect(), MigrationSource.folder(folder));

    // How long a whole upgrade takes in such a process, so that the kills are spread over it.
    Process first = start(url, folder, properties);
    BlockingQueue<String> firstLines = lines(first, dir.resolve("run0.txt"));
    long whole = 0;
    for (String line = " "; line != null && !line.isEmpty(); line = firstLines.poll(120, TimeUnit.SECONDS)) {
      if (line.startsWith("applying V2")) {
        whole = System.nanoTime();
      } else if (line.startsWith("done ")) {
        whole = (System.nanoTime() - whole) / 1_000_000;
      }
    }
    assertTrue(first.waitFor(60, TimeUnit.SECONDS) && first.exitValue() == 0, () -> read(dir.resolve("run0.txt")));
    State state = State.read(jdbi, db.dialect(), folder, engine + ", calibration");
    assertTrue(state.complete(), state::toString);
    reset(db, jdbi);

    int kills = 0;
    int partial = 0;
    int completed = 0;
    for (int run = 1; kills < KILLS; run++) {
      String what = engine + ", kill " + (kills + 1) + " (run " + run + ", seed " + seed + ")";
      assertTrue(run <= KILLS * 4, "too few runs were killed before their end: " + what);
      long remaining = Math.max(20, (long) (whole * (1 - state.fraction())));
      Process process = start(url, folder, properties);
      BlockingQueue<String> lines = lines(process, dir.resolve("run" + run + ".txt"));
      String line;
      do {
        line = lines.poll(60, TimeUnit.SECONDS);
      } while (line != null && !line.startsWith("applying ") && !line.startsWith("done ") && !line.isEmpty());
      if (line == null || line.isEmpty() && process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() != 0) {
        process.destroyForcibly().waitFor();
        fail(what + ": the upgrade process did not start its migration:\n" + Files.readString(
            dir.resolve("run" + run + ".txt")));
      }
      Thread.sleep(random.nextInt((int) Math.min(Integer.MAX_VALUE, remaining)));
      boolean killed = process.isAlive();
      process.destroyForcibly();
      assertTrue(process.waitFor(30, TimeUnit.SECONDS), what);
      if (killed) {
        kills++;
      } else {
        Path output = dir.resolve("run" + run + ".txt");
        assertEquals(0, process.exitValue(), () -> what + ": " + read(output));
      }
      state = State.read(jdbi, db.dialect(), folder, what);
      if (state.complete()) {
        completed++;
        reset(db, jdbi);
        state = State.read(jdbi, db.dialect(), folder, what + ", after reset");
      } else if (killed && state.started()) {
        partial++;
      }
    }
    migrator.upgrade();
    assertTrue(State.read(jdbi, db.dialect(), folder, engine + ", last upgrade").complete());
    System.out.println("KilledUpgradeTest [" + engine + "] " + kills + " kills, " + partial + " left a partial "
        + "migration that the next run resumed, " + completed + " runs ended the migration");
    assertTrue(partial >= KILLS / 4, engine + ": only " + partial + " of " + KILLS + " kills landed inside the "
        + "migration (seed " + seed + ")");
  }

  /** V1 makes a source of rows; the versions after it copy it again and again, with DDL in between. */
  private static Path writeMigrations(Path folder, Dialect dialect) throws IOException {
    StringBuilder values = new StringBuilder();
    for (int n = 1; n <= SOURCE_ROWS; n++) {
      values.append(n == 1 ? "" : ", ").append('(').append(n).append(')');
    }
    Files.writeString(folder.resolve("V1__source.sql"), "CREATE TABLE src (n INTEGER NOT NULL);\n"
        + "INSERT INTO src (n) VALUES " + values + ";\nCREATE TABLE t (k INTEGER NOT NULL, n INTEGER NOT NULL);\n");
    for (int v = 2; v <= VERSIONS + 1; v++) {
      StringBuilder sql = new StringBuilder();
      for (int j = 0; j < STATEMENTS; j++) {
        sql.append(statement(dialect, v, j)).append(";\n");
      }
      Files.writeString(folder.resolve("V" + v + "__copies.sql"), sql.toString());
    }
    return folder;
  }

  /** Statement {@code j} of version {@code v}: a copy of the source rows, or every fifth a DDL statement. */
  static String statement(Dialect dialect, int v, int j) {
    if (j % 5 != 4) {
      return "INSERT INTO t (k, n) SELECT " + key(v, j) + ", n FROM src";
    }
    return switch ((j / 5) % 6) {
      case 0 -> "ALTER TABLE t ADD COLUMN c_" + v + "_" + j + " INTEGER";
      case 1 -> "CREATE INDEX ix_" + v + "_" + j + " ON t (k)";
      case 2 -> "ALTER TABLE t DROP COLUMN c_" + v + "_" + (j - 10);
      case 3 -> Alter.of(dialect).dropIndex("t", "ix_" + v + "_" + (j - 10));
      case 4 -> "CREATE TABLE side_" + v + "_" + j + " (id INTEGER)";
      default -> dialect.dropTable("side_" + v + "_" + (j - 5));
    };
  }

  static int key(int v, int j) {
    return v * 1000 + j;
  }

  private static Process start(String url, Path folder, Properties properties) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp",
        System.getProperty("java.class.path"),
        UpgradeProcess.class.getName(), url, folder.toString()));
    properties.forEach((k, v) -> command.add(k + "=" + v));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  /** The process's output lines as they come, also copied to {@code copy}; an empty line once it ends. */
  private static BlockingQueue<String> lines(Process process, Path copy) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8)); var out = Files.newBufferedWriter(copy, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          out.write(line + "\n");
          out.flush();
          lines.add(line.isEmpty() ? " " : line);
        }
      } catch (IOException e) {
        // The process was killed: its output ends here.
      }
      lines.add("");
    });
    reader.setDaemon(true);
    reader.start();
    return lines;
  }

  private static void reset(TestDatabase db, Jdbi jdbi) {
    if (db.kind() == Kind.H2) {
      jdbi.useHandle(h -> h.execute("DROP ALL OBJECTS"));
    } else {
      db.reset();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "(no output: " + e + ")";
    }
  }

  /**
   * What the database holds after a run, checked as it is read: each copy's rows there exactly once or not at all,
   * and there exactly when the history says its statement is applied.
   *
   * @param applied version → statements applied
   * @param complete whether every migration is applied
   */
  record State(Map<Integer, Integer> applied, boolean complete) {
    boolean started() {
      return !applied.isEmpty();
    }

    double fraction() {
      return applied.values().stream().mapToInt(Integer::intValue).sum() / (double) (3 + VERSIONS * STATEMENTS);
    }

    static State read(Jdbi jdbi, Dialect dialect, Path folder, String what) {
      List<AppliedMigration> history = jdbi.withHandle(h -> List.copyOf(SchemaHistory.read(h).values()));
      Map<Integer, Integer> applied = new TreeMap<>();
      for (int i = 0; i < history.size(); i++) {
        AppliedMigration row = history.get(i);
        assertEquals(i + 1, row.version(), what + ": the history skips a version: " + history);
        if (!row.success()) {
          assertEquals(history.size() - 1, i, what + ": a failed migration below another: " + history);
          assertTrue(!dialect.transactionalDdl(), what + ": a part-applied migration where DDL is transactional: "
              + history);
        }
        applied.put(row.version(), row.success() ? (row.version() == 1 ? 3 : STATEMENTS) : row.statementsApplied());
      }
      TreeSet<Integer> expected = new TreeSet<>();
      for (int v = 2; v <= VERSIONS + 1; v++) {
        for (int j = 0; j < applied.getOrDefault(v, 0); j++) {
          if (j % 5 != 4) {
            expected.add(key(v, j));
          }
        }
      }
      int v1 = applied.getOrDefault(1, 0);
      Map<Integer, Integer> copies = new TreeMap<>();
      if (v1 >= 3) {
        jdbi.useHandle(h -> h.createQuery("SELECT k, COUNT(*) FROM t GROUP BY k").map((rs, ctx) ->
            copies.put(rs.getInt(1), rs.getInt(2))).list());
      }
      long sourceRows = v1 >= 2 ? jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM src").mapTo(Long.class)
          .one()) : SOURCE_ROWS;
      assertEquals(SOURCE_ROWS, sourceRows, what + ": the source rows");
      for (Map.Entry<Integer, Integer> e : copies.entrySet()) {
        assertEquals(SOURCE_ROWS, e.getValue(), what + ": the copy " + e.getKey() + " (V" + e.getKey() / 1000
            + ", statement " + (e.getKey() % 1000 + 1) + ") is there " + e.getValue() + " rows instead of "
            + SOURCE_ROWS + "; history " + history);
      }
      assertEquals(expected, copies.keySet(), what + ": the copies there are not those the history records as "
          + "applied; history " + history);
      boolean complete = applied.size() == VERSIONS + 1 && history.stream().allMatch(AppliedMigration::success);
      if (complete) {
        var live = Migrator.create(jdbi, dialect, MigrationSource.folder(folder)).liveSchema("x");
        assertEquals(List.of("k", "n"), live.table("t").orElseThrow().columns().stream().map(c -> c.name()).toList(),
            what);
        assertEquals(List.of("src", "t"), live.tables().stream().map(t -> t.name()).sorted().toList(), what);
        assertEquals(List.of(), live.table("t").orElseThrow().indexes(), what);
      }
      return new State(applied, complete);
    }
  }
}
