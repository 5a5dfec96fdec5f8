package dev.dovetail.migrate;

import static dev.dovetail.migrate.DataPreservationTest.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import dev.dovetail.testing.TestDatabase.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How Java migrations are named, numbered, checked for change, stamped and recorded. */
class JavaMigrationRulesTest {

  /** Adds a row to {@code t}, which V1 creates; declares the checksum it is given. */
  static final class V2__Add_a_row implements JavaMigration {
    private final int checksum;

    V2__Add_a_row(int checksum) {
      this.checksum = checksum;
    }

    @Override
    public void up(Handle handle) {
      handle.execute("INSERT INTO t (id) VALUES (2)");
    }

    @Override
    public int checksum() {
      return checksum;
    }
  }

  static final class V2__Another implements JavaMigration {
    @Override
    public void up(Handle handle) {}
  }

  static final class BackfillEmails implements JavaMigration {
    @Override
    public void up(Handle handle) {}
  }

  private static Migrator migrator(TestDatabase db, Path folder, JavaMigration... java) throws Exception {
    Files.writeString(folder.resolve("V1__t.sql"), "CREATE TABLE t (id INTEGER);\n");
    return Migrator.create(db.jdbi(), db.dialect(), MigrationSource.folder(folder)).withJavaMigrations(List.of(java));
  }

  @Test
  void theVersionAndDescriptionComeFromTheClassNameUnlessItSaysOtherwise() {
    MigrationClass named = MigrationClass.of(new V2__Add_a_row(7));
    assertEquals(2, named.version());
    assertEquals("Add a row", named.description());
    assertEquals(V2__Add_a_row.class.getName(), named.script());
    assertEquals("7", named.checksum());
    assertEquals(Migration.Type.JAVA, named.type());

    MigrationException misnamed = assertThrows(MigrationException.class, () -> MigrationClass.of(new BackfillEmails()));
    assertEquals("the Java migration " + BackfillEmails.class.getName() + " is not named V<version>__<description> "
        + "(V3__Backfill_emails, say): rename it, or override version() and description()", misnamed.getMessage());

    MigrationClass told = MigrationClass.of(new JavaMigration() {
      @Override
      public int version() {
        return 9;
      }

      @Override
      public String description() {
        return "split addresses";
      }

      @Override
      public void up(Handle handle) {}
    });
    assertEquals(9, told.version());
    assertEquals("split addresses", told.description());
    assertTrue(assertThrows(MigrationException.class, () -> MigrationClass.of(new JavaMigration() {
      @Override
      public int version() {
        return 0;
      }

      @Override
      public void up(Handle handle) {}
    })).getMessage().contains("versions start at 1"));
  }

  @DatabaseTest(TestDatabase.Kind.H2)
  void twoJavaMigrationsOfOneVersionAreRefusedNamingBoth(TestDatabase db, @TempDir Path folder) throws Exception {
    MigrationException refused = assertThrows(MigrationException.class,
        () -> migrator(db, folder, new V2__Add_a_row(0), new V2__Another()));
    assertEquals("two Java migrations have version 2: " + V2__Add_a_row.class.getName() + " and "
        + V2__Another.class.getName() + "; renumber one of them", refused.getMessage());
  }

  @DatabaseTest(TestDatabase.Kind.H2)
  void aRaisedChecksumIsRefusedUntilRepaired(TestDatabase db, @TempDir Path folder) throws Exception {
    migrator(db, folder, new V2__Add_a_row(0)).upgrade();
    Migrator changed = migrator(db, folder, new V2__Add_a_row(1));
    MigrationException refused = assertThrows(MigrationException.class, changed::upgrade);
    assertTrue(refused.getMessage().startsWith("V2 (" + V2__Add_a_row.class.getName() + ", a Java migration) changed "
        + "after it was applied: its checksum was 0 and is now 1"), refused::getMessage);
    assertTrue(refused.getMessage().contains("run repair"), refused::getMessage);
    assertTrue(changed.check(Models.school()).problems().stream().anyMatch(p -> p.contains("checksum was 0")));

    assertEquals(List.of("V2: accepted the checksum 1 of " + V2__Add_a_row.class.getName() + " (was 0)"),
        changed.repair());
    assertEquals(List.of(), changed.upgrade().applied());
    assertEquals(List.of("2"), rows(db.jdbi(), "SELECT id FROM t"), "applied once");
  }

  @DatabaseTest(TestDatabase.Kind.H2)
  void stampRecordsJavaMigrationsWithoutRunningThem(TestDatabase db, @TempDir Path folder) throws Exception {
    Migrator migrator = migrator(db, folder, new V2__Add_a_row(0));
    migrator.stamp(2);
    assertEquals(List.of("1 SQL true", "2 JAVA true"), migrator.history().stream()
        .map(r -> r.version() + " " + r.type() + " " + r.stamped()).toList());
    assertTrue(migrator.liveSchema("x").table("t").isEmpty(), "nothing ran");
    assertEquals(List.of(), migrator.pending());
  }

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
  void aHistoryTableWithoutTypeIsReadAsSqlAndGainsTheColumn(TestDatabase db, @TempDir Path folder) throws Exception {
    Migrator migrator = migrator(db, folder, new V2__Add_a_row(0));
    String checksum = MigrationScript.checksum(Files.readString(folder.resolve("V1__t.sql")));
    db.jdbi().useHandle(h -> {
      // The table as the first version of the migrator made it, recording V1.
      h.execute("CREATE TABLE " + SchemaHistory.TABLE + " (version INTEGER NOT NULL, description VARCHAR(200) NOT "
          + "NULL, script VARCHAR(1000) NOT NULL, checksum VARCHAR(64) NOT NULL, installed_on TIMESTAMP NOT NULL, "
          + "execution_ms BIGINT NOT NULL, success BOOLEAN NOT NULL, statements_applied INTEGER NOT NULL, "
          + "CONSTRAINT pk_" + SchemaHistory.TABLE + " PRIMARY KEY (version))");
      h.execute("INSERT INTO " + SchemaHistory.TABLE + " VALUES (1, 't', 'V1__t.sql', ?, CURRENT_TIMESTAMP, 3, ?, 1)",
          checksum, true);
      h.execute("CREATE TABLE t (id INTEGER)");
    });
    assertEquals(List.of("1 SQL V1__t.sql"), migrator.history().stream()
        .map(r -> r.version() + " " + r.type() + " " + r.script()).toList());

    assertEquals(List.of(2), migrator.upgrade().applied().stream().map(Migration::version).toList());
    assertEquals(List.of("1 SQL", "2 JAVA"), migrator.history().stream().map(r -> r.version() + " " + r.type())
        .toList());
  }
}
