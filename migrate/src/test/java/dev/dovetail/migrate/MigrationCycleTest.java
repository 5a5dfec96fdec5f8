package dev.dovetail.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import dev.dovetail.testing.TestDatabase.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;

/** The seed's workflow, Flask-Migrate's: init, change the model, migrate, upgrade, and the rows stay. */
class MigrationCycleTest {

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
  void initCheckMigrateUpgradeCheck(TestDatabase db, @TempDir Path dir) throws Exception {
    Path folder = dir.resolve("db/migration");
    MigrationAuthor.Authored init = MigrationAuthor.init(folder, Models.school(), db.dialect(), "create the school");
    assertEquals(folder.resolve("V1__create_the_school.sql"), init.file());
    assertTrue(Files.exists(folder.resolve("V1__create_the_school.schema.json")));
    Migrator migrator = Migrator.create(db.jdbi(), db.dialect(), MigrationSource.folder(folder));

    CheckResult empty = migrator.check(Models.school());
    assertFalse(empty.ok(), "the database has nothing applied yet");
    assertEquals(List.of("V1__create_the_school.sql"), names(empty.pending()));
    assertTrue(empty.uncaptured().isEmpty(), empty::report);

    UpgradeResult first = migrator.upgrade();
    assertEquals(1, first.to());
    assertEquals(List.of(), first.warnings(), "no drift after V1");
    assertTrue(migrator.check(Models.school()).ok());
    Jdbi jdbi = db.jdbi();
    jdbi.useHandle(h -> h.execute("INSERT INTO students (name) VALUES ('Ada')"));

    CheckResult changed = migrator.check(Models.schoolWithEmail());
    assertFalse(changed.ok());
    assertEquals(List.of("+ column students.email VARCHAR(120)", "+ unique index uq_students_email on students[email]"),
        changed.uncaptured());
    assertTrue(changed.pending().isEmpty());

    MigrationAuthor.Authored second = MigrationAuthor.migrate(folder, Models.schoolWithEmail(), db.dialect(),
        "add email to students", DiffOptions.defaults(), false);
    assertEquals(folder.resolve("V2__add_email_to_students.sql"), second.file());
    CheckResult behind = migrator.check(Models.schoolWithEmail());
    assertFalse(behind.ok(), "written but not applied");
    assertTrue(behind.uncaptured().isEmpty(), behind::report);
    assertEquals(List.of("V2__add_email_to_students.sql"), names(behind.pending()));

    UpgradeResult upgraded = migrator.upgrade();
    assertEquals(1, upgraded.from());
    assertEquals(2, upgraded.to());
    assertEquals(List.of(), upgraded.warnings());
    assertTrue(migrator.check(Models.schoolWithEmail()).ok(), () -> migrator.check(Models.schoolWithEmail()).report());
    assertEquals(2, migrator.current());

    jdbi.useHandle(h -> h.execute("INSERT INTO students (name, email) VALUES ('Grace', 'grace@example.com')"));
    assertEquals(List.of("Ada:null", "Grace:grace@example.com"), jdbi.withHandle(h -> h.createQuery(
        "SELECT name, email FROM students ORDER BY id").map((rs, ctx) -> rs.getString(1) + ":" + rs.getString(2))
        .list()));

    MigrationAuthor.Authored nothing = MigrationAuthor.migrate(folder, Models.schoolWithEmail(), db.dialect(), "again",
        DiffOptions.defaults(), false);
    assertNull(nothing.file());
    assertEquals(2, MigrationSource.folder(folder).migrations().size());
  }

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
  void upgradeToATargetStopsThere(TestDatabase db, @TempDir Path folder) {
    MigrationAuthor.init(folder, Models.school(), db.dialect(), "init");
    MigrationAuthor.migrate(folder, Models.schoolWithEmail(), db.dialect(), "email", DiffOptions.defaults(), false);
    Migrator migrator = Migrator.create(db.jdbi(), db.dialect(), MigrationSource.folder(folder));
    assertEquals(1, migrator.upgrade(1).to());
    assertEquals(List.of("V2__email.sql"), names(migrator.pending()));
    assertEquals(2, migrator.upgrade().to());
    assertTrue(migrator.upgrade().applied().isEmpty());
    assertEquals(List.of(1, 2), migrator.history().stream().map(AppliedMigration::version).toList());
  }

  static List<String> names(List<? extends Migration> scripts) {
    return scripts.stream().map(Migration::script).toList();
  }
}
