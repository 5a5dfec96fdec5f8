package dev.dovetail.migrate;

import static dev.dovetail.migrate.DataPreservationTest.registrations;
import static dev.dovetail.migrate.DataPreservationTest.rows;
import static dev.dovetail.migrate.Models.classes;
import static dev.dovetail.migrate.Models.column;
import static dev.dovetail.migrate.Models.schema;
import static dev.dovetail.migrate.Models.varchar;
import static dev.dovetail.migrate.Models.withColumn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.schema.ColumnDefault;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.TableDef;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated migrations of columns with defaults, on every database: a {@code NOT NULL} column with a default added
 * to a table that has rows fills each row with it (a literal, or the time of the migration), and a changed default
 * is a migration of its own that leaves the rows there as they are.
 */
class ColumnDefaultMigrationTest {
  private static final int ROWS = 3;

  private static TableDef studentsWithDefaults(String credits) {
    return withColumn(withColumn(withColumn(Models.students(),
            column("credits", ColumnType.INTEGER, false).withDefault(ColumnDefault.literal(credits))),
            column("joined", ColumnType.TIMESTAMP_TZ, false).withDefault(ColumnDefault.now())),
        varchar("motto", 40, true).withDefault(ColumnDefault.literal("it's mine")));
  }

  private static Migrator start(TestDatabase db, Path folder) {
    MigrationAuthor.init(folder, Models.school(), db.dialect(), "init");
    Migrator migrator = Migrator.create(db.jdbi(), db.dialect(), MigrationSource.folder(folder));
    migrator.upgrade();
    db.jdbi().useHandle(h -> h.execute("INSERT INTO students (name) VALUES ('ann'), ('ben'), ('cy')"));
    return migrator;
  }

  @DatabaseTest
  void aNotNullColumnWithADefaultAddedToATableWithRowsFillsEveryRow(TestDatabase db, @TempDir Path folder)
      throws Exception {
    Migrator migrator = start(db, folder);
    SchemaDef next = schema(studentsWithDefaults("30"), classes(), registrations());
    MigrationAuthor.migrate(folder, next, db.dialect(), "credits", DiffOptions.defaults(), false);
    assertEquals(List.of(), migrator.upgrade().warnings());

    assertEquals(List.of(ROWS + ":" + ROWS + ":30:30:" + ROWS),
        rows(db.jdbi(), "SELECT COUNT(*), COUNT(joined), MIN(credits), MAX(credits), COUNT(motto) FROM students"));
    assertEquals(List.of("it's mine"), rows(db.jdbi(), "SELECT DISTINCT motto FROM students"));
    db.jdbi().useHandle(h -> h.execute("INSERT INTO students (name) VALUES ('di')"));
    assertEquals(List.of("30:it's mine:1"),
        rows(db.jdbi(), "SELECT credits, motto, COUNT(joined) FROM students WHERE name = 'di' "
            + "GROUP BY credits, motto"));
    assertTrue(SchemaDiff.between(LiveSchema.stored(next, db.dialect()), migrator.liveSchema("School")).isEmpty(),
        "the live schema is the model's");
    assertTrue(script(folder, 2).contains("(existing rows get its default, 30)"), () -> script(folder, 2));
  }

  @DatabaseTest
  void aChangedDefaultIsAMigrationThatKeepsTheRowsValues(TestDatabase db, @TempDir Path folder) throws Exception {
    Migrator migrator = start(db, folder);
    MigrationAuthor.migrate(folder, schema(studentsWithDefaults("30"), classes(), registrations()), db.dialect(),
        "credits", DiffOptions.defaults(), false);
    migrator.upgrade();
    SchemaDef next = schema(studentsWithDefaults("40"), classes(), registrations());
    MigrationAuthor.migrate(folder, next, db.dialect(), "more credits", DiffOptions.defaults(), false);
    assertTrue(script(folder, 3).contains("~ column students.credits: default 40"), () -> script(folder, 3));
    assertEquals(List.of(), migrator.upgrade().warnings());

    db.jdbi().useHandle(h -> h.execute("INSERT INTO students (name) VALUES ('di')"));
    assertEquals(List.of("ann:30", "ben:30", "cy:30", "di:40"),
        rows(db.jdbi(), "SELECT name, credits FROM students ORDER BY name"));
    assertEquals(List.of("3"), rows(db.jdbi(), "SELECT COUNT(*) FROM students WHERE joined IS NOT NULL AND "
        + "motto = 'it''s mine' AND name <> 'di'"));
  }

  private static String script(Path folder, int version) {
    try (Stream<Path> files = Files.list(folder)) {
      Path file = files.filter(f -> f.getFileName().toString().startsWith("V" + version + "__")
          && f.getFileName().toString().endsWith(".sql")).findFirst()
          .orElseThrow();
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
