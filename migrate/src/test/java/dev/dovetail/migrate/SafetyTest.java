package dev.dovetail.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import dev.dovetail.testing.TestDatabase.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;

/** Applying safely: changed files are refused, concurrent upgrades apply once, failures say how far they got. */
class SafetyTest {

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
  void aChangedAppliedFileIsRefusedUntilRepaired(TestDatabase db, @TempDir Path folder) throws Exception {
    MigrationAuthor.init(folder, Models.school(), db.dialect(), "init");
    Migrator migrator = Migrator.create(db.jdbi(), db.dialect(), MigrationSource.folder(folder));
    migrator.upgrade();
    Path v1 = folder.resolve("V1__init.sql");
    String original = Files.readString(v1);
    String appliedChecksum = MigrationScript.checksum(original);

    // Line endings, a byte-order mark and trailing whitespace do not count as a change.
    Files.writeString(v1, "\uFEFF" + original.replace("\n", "  \r\n") + "\r\n\r\n", StandardCharsets.UTF_8);
    assertTrue(migrator.upgrade().applied().isEmpty());

    Files.writeString(v1, original.replace("CREATE TABLE classes", "CREATE TABLE lessons"));
    String changedChecksum = MigrationScript.checksum(Files.readString(v1));
    MigrationException refused = assertThrows(MigrationException.class, migrator::upgrade);
    assertTrue(refused.getMessage().contains("V1__init.sql"), refused::getMessage);
    assertTrue(refused.getMessage().contains(appliedChecksum), refused::getMessage);
    assertTrue(refused.getMessage().contains(changedChecksum), refused::getMessage);
    assertTrue(refused.getMessage().contains("run repair"), refused::getMessage);
    assertFalse(migrator.check(Models.school()).ok());

    List<String> repaired = migrator.repair();
    assertEquals(1, repaired.size());
    assertTrue(repaired.get(0).startsWith("V1: accepted the checksum " + changedChecksum), repaired::toString);
    assertTrue(migrator.upgrade().applied().isEmpty());
    assertEquals(changedChecksum, migrator.history().get(0).checksum());
  }

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
  void twoThreadsUpgradingAtOnceApplyEachMigrationOnce(TestDatabase db, @TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("V1__log.sql"), "CREATE TABLE applied (version INTEGER NOT NULL);\n"
        + "INSERT INTO applied (version) VALUES (1);\n");
    for (int v = 2; v <= 6; v++) {
      Files.writeString(folder.resolve("V" + v + "__step.sql"), "CREATE TABLE t" + v + " (id INTEGER);\n"
          + "INSERT INTO applied (version) VALUES (" + v + ");\n");
    }
    int threads = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<UpgradeResult>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        // Each thread its own Jdbi and migrator, as separate processes would have.
        Migrator migrator = Migrator.create(Jdbi.create(db.dataSource()), db.dialect(), MigrationSource.folder(folder));
        Callable<UpgradeResult> upgrade = () -> {
          start.await();
          return migrator.upgrade();
        };
        results.add(pool.submit(upgrade));
      }
      start.countDown();
      int applied = 0;
      for (Future<UpgradeResult> result : results) {
        applied += result.get().applied().size();
      }
      assertEquals(6, applied, "each migration applied by exactly one thread");
    } finally {
      pool.shutdownNow();
    }
    assertEquals(List.of("1", "2", "3", "4", "5", "6"),
        DataPreservationTest.rows(db.jdbi(), "SELECT version FROM applied ORDER BY version"));
  }

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
  void aLockHeldTooLongIsReportedByName(TestDatabase db, @TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("V1__t.sql"), "CREATE TABLE t (id INTEGER);\n");
    Migrator migrator = Migrator.create(db.jdbi(), db.dialect(), MigrationSource.folder(folder))
        .withLockTimeout(java.time.Duration.ofMillis(700));
    try (MigrationLock held = MigrationLock.acquire(db.jdbi(), db.dialect(), java.time.Duration.ofSeconds(5))) {
      MigrationException waited = assertThrows(MigrationException.class, migrator::upgrade);
      assertTrue(waited.getMessage().startsWith("waited "), waited::getMessage);
      assertTrue(waited.getMessage().contains(switch (db.kind()) {
        case POSTGRESQL -> "advisory lock";
        case SQLITE -> "write lock (BEGIN IMMEDIATE) of " + db.url().replaceAll("^jdbc:sqlite:|\\?.*$", "")
            + ".dovetail-lock";
        default -> "dovetail_schema_lock";
      }), waited::getMessage);
    }
    assertEquals(1, migrator.upgrade().to(), "free again once released");
  }

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
  void aMigrationFailingMidwaySaysHowFarItGotAndRecovers(TestDatabase db, @TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("V1__t.sql"), "CREATE TABLE t (id INTEGER);\n");
    Path v2 = folder.resolve("V2__columns.sql");
    Files.writeString(v2, "ALTER TABLE t ADD COLUMN a INTEGER;\nALTER TABLE t ADD COLUMN b INTEGER;\n"
        + "ALTER TABLE no_such_table ADD COLUMN c INTEGER;\nALTER TABLE t ADD COLUMN d INTEGER;\n");
    List<String> log = new ArrayList<>();
    Migrator migrator = Migrator.create(db.jdbi(), db.dialect(), MigrationSource.folder(folder)).withLog(log::add);
    MigrationException failed = assertThrows(MigrationException.class, migrator::upgrade);
    String columns;
    if (db.dialect().transactionalDdl()) {
      assertTrue(failed.getMessage().startsWith("V2 (V2__columns.sql) failed at statement 3 of 4 and was rolled back"),
          failed::getMessage);
      columns = "id";
    } else {
      assertTrue(failed.getMessage().startsWith("applied 2 of 4 statements of V2 (V2__columns.sql): statement 3 "
          + "failed"), failed::getMessage);
      assertTrue(failed.getMessage().contains("resumes at statement 3"), failed::getMessage);
      AppliedMigration attempt = migrator.history().get(1);
      assertFalse(attempt.success());
      assertEquals(2, attempt.statementsApplied());
      assertTrue(migrator.check(Models.school()).problems().stream().anyMatch(p -> p.contains("V2 failed part-way")));
      columns = "id,a,b";
    }
    assertTrue(failed.getMessage().contains("no_such_table"), failed::getMessage);
    assertEquals(1, migrator.current());
    assertEquals(columns, columnsOfT(migrator));

    Files.writeString(v2, Files.readString(v2).replace("no_such_table", "t"));
    UpgradeResult recovered = migrator.upgrade();
    assertEquals(2, recovered.to());
    assertEquals("id,a,b,c,d", columnsOfT(migrator));
    AppliedMigration done = migrator.history().get(1);
    assertTrue(done.success());
    assertEquals(4, done.statementsApplied());
    assertEquals(MigrationScript.checksum(Files.readString(v2)), done.checksum());
    assertEquals(!db.dialect().transactionalDdl(), log.stream().anyMatch(l -> l.startsWith("resuming V2 at statement 3")),
        log::toString);
  }

  private static String columnsOfT(Migrator migrator) {
    return String.join(",", migrator.liveSchema("x").table("t").orElseThrow().columns().stream()
        .map(c -> c.name()).toList());
  }
}
