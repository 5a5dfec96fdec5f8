package dev.dovetail.migrate;

import static dev.dovetail.migrate.Models.classes;
import static dev.dovetail.migrate.Models.column;
import static dev.dovetail.migrate.Models.schema;
import static dev.dovetail.migrate.Models.students;
import static dev.dovetail.migrate.Models.varchar;
import static dev.dovetail.migrate.Models.withColumn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.OnDelete;
import dev.dovetail.dialect.Dialect;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {

  @Test
  void equalSchemasHaveNoChanges() {
    assertTrue(SchemaDiff.between(Models.school(), Models.school()).isEmpty());
  }

  @Test
  void fromEmptyCreatesTablesInForeignKeyOrderAndDropsThemInReverse() {
    SchemaDiff diff = SchemaDiff.between(new SchemaDef("School", List.of()), Models.school());
    assertEquals(List.of("+ table students", "+ table classes",
        "+ table registrations (association table of students and classes)"), diff.describe());
    assertEquals(Dialect.H2.createSchema(Models.school()), diff.up(Dialect.H2));
    assertEquals(List.of("DROP TABLE IF EXISTS registrations CASCADE", "DROP TABLE IF EXISTS classes CASCADE",
        "DROP TABLE IF EXISTS students CASCADE"), diff.down(Dialect.H2));
  }

  @Test
  void aNotNullColumnIsAddedNullableThenBackfilledThenConstrained() {
    SchemaDef next = schema(withColumn(students(), column("credits", ColumnType.INTEGER, false)), classes());
    SchemaDiff diff = SchemaDiff.between(schema(students(), classes()), next,
        DiffOptions.defaults().withBackfills(java.util.Map.of("students.credits", "30")));
    assertEquals(List.of("ALTER TABLE students ADD COLUMN credits INTEGER",
        "UPDATE students SET credits = 30 WHERE credits IS NULL",
        "ALTER TABLE students ALTER COLUMN credits SET NOT NULL"), diff.up(Dialect.POSTGRESQL));
    assertEquals(List.of("ALTER TABLE students DROP COLUMN credits"), diff.down(Dialect.POSTGRESQL));
  }

  @Test
  void typeAndNullabilityChangesAreDialectSpecific() {
    TableDef wider = new TableDef("students", List.of(Models.id(), varchar("name", 200, true)), List.of("id"),
        List.of(), List.of());
    SchemaDiff diff = SchemaDiff.between(schema(students()), schema(wider));
    assertEquals(List.of("~ column students.name: VARCHAR(100) -> VARCHAR(200), now nullable"), diff.describe());
    assertEquals(List.of("ALTER TABLE students ALTER COLUMN name DROP NOT NULL",
        "ALTER TABLE students ALTER COLUMN name SET DATA TYPE VARCHAR(200)"), diff.up(Dialect.H2));
    // To a string PostgreSQL converts by assignment, which refuses a value too long (a cast would cut it).
    assertEquals(List.of("ALTER TABLE students ALTER COLUMN name DROP NOT NULL",
        "ALTER TABLE students ALTER COLUMN name TYPE VARCHAR(200)"), diff.up(Dialect.POSTGRESQL));
    // Narrowing back is checked first: upgrade refuses while a value is longer.
    assertEquals(List.of("SELECT /* dovetail:check students.name longer than 100 characters */ COUNT(*) FROM students "
        + "WHERE CHAR_LENGTH(name) > 100", "ALTER TABLE students ALTER COLUMN name TYPE VARCHAR(100)",
        "UPDATE students SET name = '' WHERE name IS NULL", "ALTER TABLE students ALTER COLUMN name SET NOT NULL"),
        diff.down(Dialect.POSTGRESQL));
    assertEquals(false, diff.destroysData());
    assertEquals(true, diff.changes().get(0).downDestroysData());
  }

  @Test
  void aDropAndAddOfOneTypeWithoutHintIsAmbiguous() {
    TableDef renamed = new TableDef("students", List.of(Models.id(), varchar("full_name", 100, false)),
        List.of("id"), List.of(), List.of());
    SchemaDiff diff = SchemaDiff.between(schema(students()), schema(renamed));
    assertEquals(1, diff.ambiguities().size());
    assertTrue(diff.ambiguities().get(0).contains("@RenamedFrom(\"name\")"), diff.ambiguities()::toString);
    assertTrue(diff.ambiguities().get(0).contains("--rename-column students.name=full_name"));
    assertTrue(SchemaDiff.between(schema(students()), schema(renamed), DiffOptions.defaults().withDropAndAdd(true))
        .ambiguities().isEmpty());

    SchemaDiff hinted = SchemaDiff.between(schema(students()), schema(renamed),
        DiffOptions.defaults().withRenames(RenameHints.none().column("students", "name", "full_name")));
    assertTrue(hinted.ambiguities().isEmpty());
    assertEquals(List.of("ALTER TABLE students RENAME COLUMN name TO full_name"), hinted.up(Dialect.H2));
  }

  @Test
  void aRenamedTableKeepsItsKeysAndRenamesTheirDeterministicNames() {
    TableDef pupils = new TableDef("pupils", students().columns(), List.of("id"), List.of(), List.of());
    SchemaDef before = Models.school();
    SchemaDef after = schema(pupils, classes(), Models.association("registrations", "pupils", "student_id",
        "classes", "class_id"));
    assertEquals(1, SchemaDiff.between(before, after).ambiguities().size());
    SchemaDiff diff = SchemaDiff.between(before, after,
        DiffOptions.defaults().withRenames(RenameHints.parse("table students pupils\n")));
    assertEquals(List.of("ALTER TABLE students RENAME TO pupils",
        "ALTER TABLE pupils RENAME CONSTRAINT pk_students TO pk_pupils"), diff.up(Dialect.H2));
  }

  @Test
  void foreignKeysChangeBeforeAndAfterTheColumnsTheyJoin() {
    TableDef advisor = Models.withForeignKey(withColumn(students(), column("advisor_id", ColumnType.BIGINT, true)),
        Models.fk("students", "advisor_id", "teachers", OnDelete.SET_NULL));
    SchemaDef after = schema(advisor, Models.entity("teachers", varchar("name", 50, false)));
    SchemaDiff diff = SchemaDiff.between(schema(students()), after);
    assertEquals(List.of("+ column students.advisor_id BIGINT", "+ table teachers",
        "+ foreign key fk_students_advisor_id: students[advisor_id] -> teachers[id] ON DELETE SET NULL"),
        diff.describe());
    List<String> down = diff.down(Dialect.H2);
    assertEquals("ALTER TABLE students DROP CONSTRAINT fk_students_advisor_id", down.get(0));
  }

  @Test
  void renameHintsReadAndWriteTheirTextForm() {
    RenameHints hints = RenameHints.parse("# renames\ntable students pupils\ncolumn pupils name full_name # why\n");
    assertEquals("table students pupils\ncolumn pupils name full_name\n", hints.toString());
    assertEquals(hints, RenameHints.parse(hints.toString()));
  }
}
