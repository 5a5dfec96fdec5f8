package dev.dovetail.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import dev.dovetail.testing.TestDatabase.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where DDL commits by itself (H2, MariaDB), an upgrade stopped while such a statement ran resumes by asking the
 * live schema whether it took effect, and stops, saying how to record the answer, where the schema cannot tell.
 * The stop is set up as a killed process leaves it: the history row, and the statement's effect or not.
 */
class ResumeTest {

  private static Migrator stoppedDuringStatement2(TestDatabase db, Path folder, String v2, boolean tookEffect)
      throws Exception {
    Files.writeString(folder.resolve("V1__t.sql"), "CREATE TABLE t (id INTEGER);\n");
    Files.writeString(folder.resolve("V2__more.sql"), v2);
    Migrator migrator = Migrator.create(db.jdbi(), db.dialect(), MigrationSource.folder(folder));
    migrator.upgrade(1);
    MigrationScript script = MigrationSource.folder(folder).migrations().get(1);
    db.jdbi().useHandle(h -> {
      SchemaHistory.insert(h, script, 0, false, 1);
      SchemaHistory.running(h, 2, 2);
      h.execute(script.upStatements().get(0));
      if (tookEffect) {
        h.execute(script.upStatements().get(1));
      }
    });
    return migrator;
  }

  @DatabaseTest({Kind.H2, Kind.MARIADB})
  void aStatementThatTookEffectBeforeTheStopIsNotRunAgain(TestDatabase db, @TempDir Path folder) throws Exception {
    String v2 = "ALTER TABLE t ADD COLUMN a INTEGER;\nALTER TABLE t ADD COLUMN b INTEGER;\n"
        + "INSERT INTO t (id, a, b) VALUES (1, 2, 3);\n";
    List<String> log = new ArrayList<>();
    Migrator migrator = stoppedDuringStatement2(db, folder, v2, true).withLog(log::add);
    assertEquals(2, migrator.upgrade().to());
    assertTrue(log.stream().anyMatch(l -> l.startsWith("V2: statement 2 took effect before the earlier attempt "
        + "stopped")), log::toString);
    assertEquals(List.of("1:2:3"), DataPreservationTest.rows(db.jdbi(), "SELECT id, a, b FROM t"));

    Path other = Files.createDirectories(folder.resolve("not-applied"));
    db.reset();
    migrator = stoppedDuringStatement2(db, other, v2, false);
    assertEquals(2, migrator.upgrade().to(), "statement 2 had not taken effect: it runs");
    assertEquals(List.of("1:2:3"), DataPreservationTest.rows(db.jdbi(), "SELECT id, a, b FROM t"));
  }

  @DatabaseTest({Kind.H2, Kind.MARIADB})
  void aStatementTheSchemaCannotJudgeStopsTheUpgradeAndSaysHowToGoOn(TestDatabase db, @TempDir Path folder)
      throws Exception {
    String v2 = "ALTER TABLE t ADD COLUMN a INTEGER;\nCREATE VIEW v AS SELECT id FROM t;\n"
        + "INSERT INTO t (id, a) VALUES (1, 2);\n";
    Migrator migrator = stoppedDuringStatement2(db, folder, v2, false);
    MigrationException stopped = assertThrows(MigrationException.class, migrator::upgrade);
    assertTrue(stopped.getMessage().startsWith("V2 (V2__more.sql) stopped while statement 2 of 3 ran, and the "
        + "schema cannot tell whether it took effect"), stopped::getMessage);
    assertTrue(stopped.getMessage().contains("CREATE VIEW v AS SELECT id FROM t"), stopped::getMessage);
    String done = "UPDATE dovetail_schema_history SET statements_applied = 2, statement_running = NULL WHERE "
        + "version = 2";
    String notDone = "UPDATE dovetail_schema_history SET statement_running = NULL WHERE version = 2";
    assertTrue(stopped.getMessage().contains(done), stopped::getMessage);
    assertTrue(stopped.getMessage().contains(notDone), stopped::getMessage);

    // It had not taken effect: recorded so, upgrade runs it.
    db.jdbi().useHandle(h -> h.execute(notDone));
    assertEquals(2, migrator.upgrade().to());
    assertEquals(List.of("1"), DataPreservationTest.rows(db.jdbi(), "SELECT id FROM v"));
  }
}
