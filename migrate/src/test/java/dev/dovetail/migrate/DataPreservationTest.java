package dev.dovetail.migrate;

import static dev.dovetail.migrate.Models.classes;
import static dev.dovetail.migrate.Models.column;
import static dev.dovetail.migrate.Models.schema;
import static dev.dovetail.migrate.Models.varchar;
import static dev.dovetail.migrate.Models.withColumn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.TableDef;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import dev.dovetail.testing.TestDatabase.Kind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.io.TempDir;

/** What the seed asks of migrations above all: the rows already there survive the change. */
class DataPreservationTest {
  private static final int ROWS = 10_000;

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
  void addingColumnsToATableOfTenThousandRowsKeepsEveryRowAndValue(TestDatabase db, @TempDir Path folder) {
    Migrator migrator = start(db, folder);
    Jdbi jdbi = db.jdbi();
    List<String> before = rows(jdbi, "SELECT id, name FROM students ORDER BY id");
    assertEquals(ROWS, before.size());

    SchemaDef next = schema(withColumn(withColumn(Models.students(), varchar("email", 120, true)),
        column("credits", ColumnType.INTEGER, false)), classes(), registrations());
    MigrationAuthor.migrate(folder, next, db.dialect(), "email and credits",
        DiffOptions.defaults().withBackfills(Map.of("students.credits", "30")), false);
    UpgradeResult result = migrator.upgrade();
    assertEquals(List.of(), result.warnings());

    assertEquals(before, rows(jdbi, "SELECT id, name FROM students ORDER BY id"));
    assertEquals(List.of(ROWS + ":0:30"), rows(jdbi, "SELECT COUNT(*), COUNT(email), MIN(credits) FROM students"));
    assertEquals(List.of("30"), rows(jdbi, "SELECT MAX(credits) FROM students"));
    assertThrows(Exception.class, () -> jdbi.useHandle(h -> h.execute(
        "INSERT INTO students (name, credits) VALUES ('x', NULL)")), "credits is NOT NULL once filled");
    assertEquals(List.of(String.valueOf(ROWS)), rows(jdbi, "SELECT COUNT(*) FROM registrations"));
    // SQLite rebuilt students (it cannot add a NOT NULL column in place): the registrations referring to it are
    // still there, and deleting a student still cascades to them.
    execute(db, "DELETE FROM students WHERE id = 1");
    assertEquals(List.of(String.valueOf(ROWS - 1)), rows(jdbi, "SELECT COUNT(*) FROM registrations"));
  }

  /** Runs a statement on a connection readied as the runtime readies its own (SQLite's foreign keys on). */
  static void execute(TestDatabase db, String sql) {
    try (java.sql.Connection c = db.connect(); java.sql.Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
  void aRenameWithAHintKeepsTheData(TestDatabase db, @TempDir Path folder) {
    Migrator migrator = start(db, folder);
    Jdbi jdbi = db.jdbi();
    List<String> before = rows(jdbi, "SELECT id, name FROM students ORDER BY id");

    TableDef pupils = new TableDef("pupils", List.of(Models.id(), varchar("full_name", 100, false)), List.of("id"),
        List.of(), List.of());
    SchemaDef renamed = schema(pupils, classes(), Models.association("registrations", "pupils", "student_id",
        "classes", "class_id"));
    MigrationException refused = assertThrows(MigrationException.class, () -> MigrationAuthor.migrate(folder,
        renamed, db.dialect(), "rename", DiffOptions.defaults(), false));
    assertTrue(refused.getMessage().contains("@RenamedFrom(\"students\")"), refused::getMessage);

    RenameHints hints = RenameHints.none().table("students", "pupils").column("pupils", "name", "full_name");
    MigrationAuthor.migrate(folder, renamed, db.dialect(), "students are pupils",
        DiffOptions.defaults().withRenames(hints), false);
    assertEquals(List.of(), migrator.upgrade().warnings());

    assertEquals(before, rows(jdbi, "SELECT id, full_name FROM pupils ORDER BY id"));
    // The foreign key followed the rename: deleting a pupil still cascades to its registrations.
    execute(db, "DELETE FROM pupils WHERE id = 1");
    assertEquals(List.of(String.valueOf(ROWS - 1)), rows(jdbi, "SELECT COUNT(*) FROM registrations"));
    assertTrue(SchemaDiff.between(LiveSchema.stored(renamed, db.dialect()), migrator.liveSchema("School")).isEmpty());
  }

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
  void wideningAColumnKeepsItsValues(TestDatabase db, @TempDir Path folder) {
    Migrator migrator = start(db, folder);
    List<String> before = rows(db.jdbi(), "SELECT id, name FROM students ORDER BY id");
    TableDef wider = new TableDef("students", List.of(Models.id(), varchar("name", 300, true)), List.of("id"),
        List.of(), List.of());
    MigrationAuthor.migrate(folder, schema(wider, classes(), registrations()), db.dialect(), "longer names",
        DiffOptions.defaults(), false);
    assertEquals(List.of(), migrator.upgrade().warnings());
    assertEquals(before, rows(db.jdbi(), "SELECT id, name FROM students ORDER BY id"));
  }

  /** V1 applied, with {@value #ROWS} students, two classes, and a registration per student. */
  static Migrator start(TestDatabase db, Path folder) {
    MigrationAuthor.init(folder, Models.school(), db.dialect(), "init");
    Migrator migrator = Migrator.create(db.jdbi(), db.dialect(), MigrationSource.folder(folder));
    migrator.upgrade();
    // One transaction: in autocommit, MariaDB would flush its log once per row.
    db.jdbi().useTransaction(h -> {
      h.execute("INSERT INTO classes (name) VALUES ('Algebra'), ('Biology')");
      batch(h, "INSERT INTO students (name) VALUES (?)", i -> new Object[] {"student " + i + " d'Arc"});
      batch(h, "INSERT INTO registrations (student_id, class_id) VALUES (?, ?)",
          i -> new Object[] {(long) i + 1, (long) (i % 2) + 1});
    });
    return migrator;
  }

  private static void batch(Handle h, String sql, java.util.function.IntFunction<Object[]> row) {
    PreparedBatch batch = h.prepareBatch(sql);
    for (int i = 0; i < ROWS; i++) {
      Object[] values = row.apply(i);
      for (int v = 0; v < values.length; v++) {
        batch.bind(v, values[v]);
      }
      batch.add();
    }
    batch.execute();
  }

  static TableDef registrations() {
    return Models.association("registrations", "students", "student_id", "classes", "class_id");
  }

  static List<String> rows(Jdbi jdbi, String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).map((rs, ctx) -> {
      StringBuilder row = new StringBuilder();
      for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
        row.append(c == 1 ? "" : ":").append(rs.getString(c));
      }
      return row.toString();
    }).list());
  }
}
