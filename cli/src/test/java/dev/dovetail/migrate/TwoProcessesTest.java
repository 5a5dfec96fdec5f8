package dev.dovetail.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.migrate.cli.DbCommand;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import dev.dovetail.testing.TestDatabase.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.h2.tools.Server;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;

/** Two JVMs running {@code db upgrade} on one database at once apply each migration once. */
class TwoProcessesTest {

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
  void twoProcessesUpgradingAtOnceApplyEachMigrationOnce(TestDatabase db, @TempDir Path dir) throws Exception {
    boolean h2 = db.kind() == TestDatabase.Kind.H2;
    // An in-memory H2 lives in one JVM: the processes share a file database through an H2 server instead.
    Server server = h2 ? Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", dir.toString()).start()
        : null;
    try {
      String url = h2 ? "jdbc:h2:tcp://localhost:" + server.getPort() + "/shared" : db.url();
      upgradeInTwoProcesses(db, dir, url);
    } finally {
      if (server != null) {
        server.stop();
      }
    }
  }

  /**
   * One H2 file database shared as the README says: the application (here this JVM) opens it with
   * AUTO_SERVER=TRUE and so serves it to other processes for as long as it keeps it open; two upgrading
   * processes at once, with the same URL, apply each migration once.
   */
  @DatabaseTest(Kind.H2)
  void twoProcessesSharingAnH2FileWithAutoServerApplyEachMigrationOnce(TestDatabase db, @TempDir Path dir)
      throws Exception {
    Path folder = Files.createDirectories(dir.resolve("migrations"));
    Files.writeString(folder.resolve("V1__log.sql"), "CREATE TABLE applied (version INTEGER NOT NULL);\n");
    for (int v = 2; v <= 5; v++) {
      Files.writeString(folder.resolve("V" + v + "__step.sql"), "CREATE TABLE t" + v
          + " AS SELECT X AS n FROM SYSTEM_RANGE(1, 100000);\nINSERT INTO applied (version) VALUES (" + v + ");\n");
    }
    String url = "jdbc:h2:file:" + dir.resolve("shared").toAbsolutePath() + ";AUTO_SERVER=TRUE";
    try (java.sql.Connection application = java.sql.DriverManager.getConnection(url)) {
      upgradeInTwoProcessesSharing(dir, folder, url);
    }
  }

  private static void upgradeInTwoProcessesSharing(Path dir, Path folder, String url) throws Exception {
    List<Process> processes = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
          System.getProperty("java.class.path"), UpgradeProcess.class.getName(), url, folder.toString(), "dialect=h2")
          .redirectErrorStream(true).redirectOutput(dir.resolve("out" + i + ".txt").toFile()).start());
    }
    List<String> outputs = new ArrayList<>();
    for (int i = 0; i < processes.size(); i++) {
      assertTrue(processes.get(i).waitFor(120, TimeUnit.SECONDS), "process " + i + " finished");
      String output = read(dir.resolve("out" + i + ".txt"));
      outputs.add(output);
      assertEquals(0, processes.get(i).exitValue(), output);
    }
    assertEquals(List.of("2", "3", "4", "5"), DataPreservationTest.rows(Jdbi.create(url),
        "SELECT version FROM applied ORDER BY version"), outputs::toString);
    long applying = outputs.stream().flatMap(String::lines).filter(l -> l.startsWith("applying ")).count();
    assertEquals(5, applying, outputs::toString);
  }

  private static void upgradeInTwoProcesses(TestDatabase db, Path dir, String url) throws Exception {
    boolean h2 = db.kind() == TestDatabase.Kind.H2;
    Path folder = Files.createDirectories(dir.resolve("migrations"));
    Files.writeString(folder.resolve("V1__log.sql"), "CREATE TABLE applied (version INTEGER NOT NULL, pid BIGINT);\n");
    for (int v = 2; v <= 5; v++) {
      // Slow enough that the second process arrives while the first is still migrating.
      String slow = switch (db.kind()) {
        case H2 -> "CREATE TABLE t" + v + " AS SELECT X AS n FROM SYSTEM_RANGE(1, 100000)";
        case MARIADB -> "DO SLEEP(0.3)";
        case SQLITE -> "CREATE TABLE t" + v + " AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r "
            + "WHERE n < 300000) SELECT n FROM r";
        default -> "SELECT pg_sleep(0.3)";
      };
      Files.writeString(folder.resolve("V" + v + "__step.sql"), slow + ";\nINSERT INTO applied (version) VALUES ("
          + v + ");\n");
    }
    List<Process> processes = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
          .toString(), "-cp", System.getProperty("java.class.path"), DbCommand.class.getName(), "upgrade", "--url",
          url, "--dir", folder.toString()));
      if (!h2) {
        command.addAll(List.of("--user", db.kind() == TestDatabase.Kind.MARIADB ? "root" : "postgres"));
      }
      processes.add(new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(dir.resolve("out" + i + ".txt").toFile()).start());
    }
    List<String> outputs = new ArrayList<>();
    for (int i = 0; i < processes.size(); i++) {
      assertTrue(processes.get(i).waitFor(120, TimeUnit.SECONDS), "process " + i + " finished");
      String output = read(dir.resolve("out" + i + ".txt"));
      outputs.add(output);
      assertEquals(0, processes.get(i).exitValue(), output);
    }
    Jdbi jdbi = h2 ? Jdbi.create(url) : db.jdbi();
    assertEquals(List.of("2", "3", "4", "5"), DataPreservationTest.rows(jdbi,
        "SELECT version FROM applied ORDER BY version"), outputs::toString);
    long applying = outputs.stream().flatMap(String::lines).filter(l -> l.startsWith("applying ")).count();
    assertEquals(5, applying, outputs::toString);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
