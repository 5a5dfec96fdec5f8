package dev.dovetail.migrate;

import static dev.dovetail.migrate.DataPreservationTest.execute;
import static dev.dovetail.migrate.DataPreservationTest.rows;
import static dev.dovetail.migrate.Models.classes;
import static dev.dovetail.migrate.Models.column;
import static dev.dovetail.migrate.Models.schema;
import static dev.dovetail.migrate.Models.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.OnDelete;
import dev.dovetail.dialect.Dialect;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.IndexDef;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.SchemaNames;
import dev.dovetail.schema.TableDef;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import dev.dovetail.testing.TestDatabase.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes SQLite's {@code ALTER TABLE} cannot make, which rebuild the table there: rows, the tables referring to
 * it and their {@code ON DELETE CASCADE} survive, up and down; elsewhere the same changes run as before.
 */
class SqliteRebuildTest {
  private static final String ROWS = "10000";

  /** Students whose name becomes nullable, with a grade (NOT NULL, backfilled) and a class (a new foreign key). */
  static SchemaDef rebuilt() {
    TableDef students = new TableDef("students", List.of(Models.id(), varchar("name", 100, true),
        column("grade", ColumnType.INTEGER, false), column("class_id", ColumnType.BIGINT, true)), List.of("id"),
        List.of(Models.fk("students", "class_id", "classes", OnDelete.SET_NULL)),
        List.of(new IndexDef(SchemaNames.index("students", List.of("class_id")), List.of("class_id"), false)));
    return schema(students, classes(), DataPreservationTest.registrations());
  }

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
  void aParentRebuiltKeepsItsRowsItsChildrenAndTheirCascadeUpAndDown(TestDatabase db, @TempDir Path folder) {
    Migrator migrator = DataPreservationTest.start(db, folder);
    List<String> before = rows(db.jdbi(), "SELECT id, name FROM students ORDER BY id");
    MigrationAuthor.migrate(folder, rebuilt(), db.dialect(), "grade and class",
        DiffOptions.defaults().withBackfills(Map.of("students.grade", "1")), false);
    assertEquals(List.of(), migrator.upgrade().warnings());

    assertEquals(before, rows(db.jdbi(), "SELECT id, name FROM students ORDER BY id"));
    assertEquals(List.of(ROWS + ":1"), rows(db.jdbi(), "SELECT COUNT(*), MIN(grade) FROM students"));
    assertEquals(List.of(ROWS), rows(db.jdbi(), "SELECT COUNT(*) FROM registrations"));
    execute(db, "DELETE FROM students WHERE id = 1");
    assertEquals(List.of("9999"), rows(db.jdbi(), "SELECT COUNT(*) FROM registrations"));
    execute(db, "UPDATE students SET class_id = 2 WHERE id = 2");
    execute(db, "DELETE FROM classes WHERE id = 2");
    assertEquals(List.of("null"), rows(db.jdbi(), "SELECT class_id FROM students WHERE id = 2"));
    assertEquals(List.of("4999"), rows(db.jdbi(), "SELECT COUNT(*) FROM registrations"));

    migrator.downgrade();
    assertEquals(1, migrator.current());
    assertTrue(SchemaDiff.between(LiveSchema.stored(Models.school(), db.dialect()), migrator.liveSchema("School"))
        .isEmpty());
    assertEquals(before.subList(1, before.size()), rows(db.jdbi(), "SELECT id, name FROM students ORDER BY id"));
    execute(db, "DELETE FROM students WHERE id = 3");
    assertEquals(List.of("4998"), rows(db.jdbi(), "SELECT COUNT(*) FROM registrations"));
  }

  @DatabaseTest(Kind.SQLITE)
  void aMigrationThatLeavesAForeignKeyBrokenIsRolledBack(TestDatabase db, @TempDir Path folder) throws Exception {
    Migrator migrator = DataPreservationTest.start(db, folder);
    // With foreign keys off during the migration, this neither cascades nor is refused.
    Files.writeString(folder.resolve("V2__drop_a_class.sql"), "DELETE FROM classes WHERE id = 1;\n");
    MigrationException failed = assertThrows(MigrationException.class, migrator::upgrade);
    assertTrue(failed.getMessage().contains("PRAGMA foreign_key_check") && failed.getMessage().contains(
        "of registrations refers to a row of classes that is not there"), failed::getMessage);
    assertEquals(1, migrator.current());
    assertEquals(List.of("2"), rows(db.jdbi(), "SELECT COUNT(*) FROM classes"));
  }

  @Test
  void sqliteRebuildsWhereOthersAlter() {
    SchemaDiff diff = SchemaDiff.between(Models.school(), rebuilt(),
        DiffOptions.defaults().withBackfills(Map.of("students.grade", "1")));
    String sqlite = String.join(";\n", diff.up(Dialect.SQLITE));
    assertTrue(sqlite.contains("CREATE TABLE dovetail_new_students"), sqlite);
    assertTrue(sqlite.contains("SELECT id, name, 1 FROM students"), sqlite);
    assertTrue(sqlite.contains("ALTER TABLE dovetail_new_students RENAME TO students"), sqlite);
    assertFalse(sqlite.contains("ADD COLUMN"), sqlite);
    String h2 = String.join(";\n", diff.up(Dialect.H2));
    assertFalse(h2.contains("dovetail_new_"), h2);
    assertEquals(diff.changes(), diff.changes(Dialect.H2));
    assertEquals(1, diff.changes(Dialect.SQLITE).size(), diff.changes(Dialect.SQLITE)::toString);
  }
}
