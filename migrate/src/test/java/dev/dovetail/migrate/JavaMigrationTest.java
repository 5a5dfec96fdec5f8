package dev.dovetail.migrate;

import static dev.dovetail.migrate.DataPreservationTest.rows;
import static dev.dovetail.migrate.Models.schema;
import static dev.dovetail.migrate.Models.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.schema.SchemaDef;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import dev.dovetail.testing.TestDatabase.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.io.TempDir;

/**
 * Java migrations among SQL ones, on every database: a SQL migration adds a column, a Java migration fills it
 * from the others, a later SQL migration makes it {@code NOT NULL}.
 */
class JavaMigrationTest {
  private static final int ROWS = 300;

  /** Fills {@code full_name} from the first and last names, row by row as Java code does; fails if told to. */
  static class V3__Backfill_full_names implements JavaMigration {
    private final boolean failHalfway;

    V3__Backfill_full_names(boolean failHalfway) {
      this.failHalfway = failHalfway;
    }

    @Override
    public void up(Handle handle) {
      List<Object[]> students = handle.createQuery("SELECT id, first_name, last_name FROM students ORDER BY id")
          .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2) + " " + rs.getString(3)}).list();
      PreparedBatch update = handle.prepareBatch("UPDATE students SET full_name = ? WHERE id = ?");
      for (Object[] s : students.subList(0, failHalfway ? students.size() / 2 : students.size())) {
        update.add(s[1], s[0]);
      }
      update.execute();
      if (failHalfway) {
        throw new IllegalStateException("no full name for student " + students.get(students.size() / 2)[0]);
      }
    }
  }

  /** The same backfill, with a {@code down} that empties the column again. */
  static final class V3__Backfill_full_names_reversibly extends V3__Backfill_full_names {
    V3__Backfill_full_names_reversibly() {
      super(false);
    }

    @Override
    public void down(Handle handle) {
      handle.execute("UPDATE students SET full_name = NULL");
    }
  }

  static SchemaDef v1() {
    return schema(Models.entity("students", varchar("first_name", 50, false), varchar("last_name", 50, false)));
  }

  static SchemaDef v2() {
    return schema(Models.withColumn(v1().table("students").orElseThrow(), varchar("full_name", 120, true)));
  }

  static SchemaDef v4() {
    return schema(Models.withColumn(v1().table("students").orElseThrow(), varchar("full_name", 120, false)));
  }

  /**
   * V1 (SQL) applied with {@value #ROWS} students; V2 (SQL) adds {@code full_name}; V3 is {@code java}; V4 (SQL,
   * numbered after the Java migration) makes {@code full_name NOT NULL}.
   */
  static Migrator start(TestDatabase db, Path folder, JavaMigration java) {
    MigrationAuthor.init(folder, v1(), db.dialect(), "students");
    Migrator migrator = Migrator.create(db.jdbi(), db.dialect(), MigrationSource.folder(folder))
        .withJavaMigrations(List.of(java));
    migrator.upgrade(1);
    db.jdbi().useHandle(h -> {
      PreparedBatch insert = h.prepareBatch("INSERT INTO students (first_name, last_name) VALUES (?, ?)");
      for (int i = 0; i < ROWS; i++) {
        insert.add("Ada" + i, "Lovelace" + i);
      }
      insert.execute();
    });
    MigrationAuthor.migrate(folder, v2(), db.dialect(), "full names", DiffOptions.defaults(), false);
    MigrationAuthor.Authored v4 = MigrationAuthor.migrate(folder, v4(), db.dialect(), "full names required",
        DiffOptions.defaults(), false, migrator.javaMigrations());
    assertEquals(folder.resolve("V4__full_names_required.sql"), v4.file(), "numbered after the Java migration");
    return migrator;
  }

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
  void aJavaMigrationFillsAColumnBetweenTwoSqlMigrations(TestDatabase db, @TempDir Path folder) {
    Migrator migrator = start(db, folder, new V3__Backfill_full_names(false));
    String backfill = V3__Backfill_full_names.class.getName();
    assertEquals(List.of("V2__full_names.sql", backfill, "V4__full_names_required.sql"),
        MigrationCycleTest.names(migrator.pending()));

    UpgradeResult toJava = migrator.upgrade(3);
    assertEquals(List.of("V2__full_names.sql", backfill), MigrationCycleTest.names(toJava.applied()));
    assertEquals(List.of(), toJava.warnings(), "after a Java migration the schema is that of the SQL one before");
    UpgradeResult rest = migrator.upgrade();
    assertEquals(4, rest.to());
    assertEquals(List.of(), rest.warnings());

    assertEquals(List.of(ROWS + ":" + ROWS), rows(db.jdbi(), "SELECT COUNT(*), COUNT(full_name) FROM students"));
    // Compared here rather than in SQL, whose string concatenation differs from database to database.
    List<String> names = rows(db.jdbi(), "SELECT first_name, last_name, full_name FROM students");
    assertTrue(names.stream().map(r -> r.split(":")).allMatch(n -> n[2].equals(n[0] + " " + n[1])),
        names::toString);
    assertEquals(List.of("Ada7 Lovelace7"), rows(db.jdbi(), "SELECT full_name FROM students WHERE first_name = 'Ada7'"));
    assertTrue(SchemaDiff.between(LiveSchema.stored(v4(), db.dialect()), migrator.liveSchema("School")).isEmpty(),
        "full_name is NOT NULL");

    List<AppliedMigration> history = migrator.history();
    assertEquals(List.of("1 SQL V1__students.sql", "2 SQL V2__full_names.sql", "3 JAVA " + backfill,
        "4 SQL V4__full_names_required.sql"), history.stream().map(r -> r.version() + " " + r.type() + " "
        + r.script()).toList());
    AppliedMigration java = history.get(2);
    assertEquals("Backfill full names", java.description());
    assertEquals("0", java.checksum());
    assertTrue(java.success() && !java.stamped(), java::toString);
    assertTrue(migrator.check(v4()).ok(), () -> migrator.check(v4()).report());
  }

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
  void aFailingJavaMigrationLeavesNothingOfItselfAndIsReported(TestDatabase db, @TempDir Path folder) {
    Migrator failing = start(db, folder, new V3__Backfill_full_names(true));
    MigrationException failed = assertThrows(MigrationException.class, failing::upgrade);
    String label = "V3 (" + V3__Backfill_full_names.class.getName() + ", a Java migration)";
    assertTrue(failed.getMessage().startsWith(label + " failed and was rolled back: nothing of it is applied"),
        failed::getMessage);
    assertTrue(failed.getMessage().contains("IllegalStateException: no full name for student"), failed::getMessage);
    assertEquals(2, failing.current());
    assertEquals(List.of(1, 2), failing.history().stream().map(AppliedMigration::version).toList());
    assertEquals(List.of(ROWS + ":0"), rows(db.jdbi(), "SELECT COUNT(*), COUNT(full_name) FROM students"),
        "the rows it updated before failing are as they were");

    Migrator fixed = failing.withJavaMigrations(List.of(new V3__Backfill_full_names(false)));
    assertEquals(List.of(3, 4), fixed.upgrade().applied().stream().map(Migration::version).toList());
    assertEquals(List.of(ROWS + ":" + ROWS), rows(db.jdbi(), "SELECT COUNT(*), COUNT(full_name) FROM students"));
  }

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
  void aDowngradeRunsTheDownOfAJavaMigration(TestDatabase db, @TempDir Path folder) {
    Migrator migrator = start(db, folder, new V3__Backfill_full_names_reversibly());
    migrator.upgrade();
    List<String> log = new ArrayList<>();
    List<Migration> reverted = migrator.withLog(log::add).downgrade(2);
    assertEquals(List.of("V4__full_names_required.sql", V3__Backfill_full_names_reversibly.class.getName()),
        MigrationCycleTest.names(reverted));
    assertEquals(2, migrator.current());
    assertEquals(List.of(ROWS + ":0"), rows(db.jdbi(), "SELECT COUNT(*), COUNT(full_name) FROM students"));
    assertTrue(log.contains("reverting " + V3__Backfill_full_names_reversibly.class.getName()), log::toString);

    assertEquals(List.of("V2__full_names.sql"), MigrationCycleTest.names(migrator.downgrade(1)));
    assertTrue(SchemaDiff.between(LiveSchema.stored(v1(), db.dialect()), migrator.liveSchema("School")).isEmpty());
    assertEquals(List.of(String.valueOf(ROWS)), rows(db.jdbi(), "SELECT COUNT(*) FROM students"));
    assertEquals(4, migrator.upgrade().to(), "and up again, through the Java migration");
    assertEquals(List.of(ROWS + ":" + ROWS), rows(db.jdbi(), "SELECT COUNT(*), COUNT(full_name) FROM students"));
  }

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
  void aJavaMigrationWithoutDownStopsTheDowngradeThere(TestDatabase db, @TempDir Path folder) {
    Migrator migrator = start(db, folder, new V3__Backfill_full_names(false));
    migrator.upgrade();
    MigrationException refused = assertThrows(MigrationException.class, () -> migrator.downgrade(1));
    assertTrue(refused.getMessage().startsWith("cannot downgrade V3 (" + V3__Backfill_full_names.class.getName()
        + ", a Java migration): it does not implement down(Handle), so V3 stays applied"), refused::getMessage);
    assertEquals(3, migrator.current(), "V4 above it was reverted");
    assertEquals(List.of(ROWS + ":" + ROWS), rows(db.jdbi(), "SELECT COUNT(*), COUNT(full_name) FROM students"));
    assertTrue(SchemaDiff.between(LiveSchema.stored(v2(), db.dialect()), migrator.liveSchema("School")).isEmpty());
    assertEquals(4, migrator.upgrade().to());
  }

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
  void aVersionThatIsBothAFileAndAClassIsRefusedNamingBoth(TestDatabase db, @TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("V3__backfill.sql"), "CREATE TABLE t (id INTEGER);\n");
    Migrator migrator = Migrator.create(db.jdbi(), db.dialect(), MigrationSource.folder(folder))
        .withJavaMigrations(List.of(new V3__Backfill_full_names(false)));
    MigrationException refused = assertThrows(MigrationException.class, migrator::upgrade);
    assertEquals("V3 is both the SQL migration V3__backfill.sql in folder " + folder + " and the Java migration "
        + V3__Backfill_full_names.class.getName() + "; renumber one of them", refused.getMessage());
    assertFalse(db.jdbi().withHandle(SchemaHistory::exists), "nothing ran");
  }
}
