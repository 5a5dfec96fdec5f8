package dev.dovetail.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.IndexDef;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.SchemaJson;
import dev.dovetail.schema.TableDef;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** The {@code db} command line through the seed's workflow, as a user types it. */
class DbCommandTest {
  private Path model;
  private Path folder;
  private TestDatabase db;
  private String out;
  private String err;

  private static SchemaDef school(ColumnDef... extra) {
    List<ColumnDef> columns = new ArrayList<>(List.of(new ColumnDef("id", ColumnType.BIGINT, 0, 0, 0, false, true),
        new ColumnDef("name", ColumnType.VARCHAR, 100, 0, 0, false, false)));
    columns.addAll(List.of(extra));
    return SchemaDef.ordered("School", List.of(new TableDef("students", columns, List.of("id"), List.of(),
        List.of(new IndexDef("ix_students_name", List.of("name"), false)))));
  }

  private int db(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--model", model.toString(), "--dir", folder.toString(), "--url", db.url()));
    if (db.kind() == TestDatabase.Kind.POSTGRESQL) {
      all.addAll(List.of("--user", "postgres"));
    }
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int status = DbCommand.run(new PrintWriter(o), new PrintWriter(e), all.toArray(String[]::new));
    out = o.toString();
    err = e.toString();
    return status;
  }

  private void model(SchemaDef schema) throws Exception {
    Files.writeString(model, SchemaJson.write(schema));
  }

  @DatabaseTest
  void theSeedsWorkflow(TestDatabase database, @TempDir Path dir) throws Exception {
    db = database;
    model = dir.resolve("schema.json");
    folder = dir.resolve("migrations");
    model(school());

    assertEquals(0, db("init"), err);
    assertTrue(out.startsWith("wrote " + folder.resolve("V1__create_the_schema.sql")), out);
    assertEquals(1, db("check"), out);
    assertTrue(out.contains("the database is behind"), out);
    assertEquals(0, db("upgrade"), err);
    assertTrue(out.contains("upgraded from an empty history to V1"), out);
    assertEquals(0, db("check"), out);
    db.jdbi().useHandle(h -> h.execute("INSERT INTO students (name) VALUES ('Ada')"));

    model(school(new ColumnDef("email", ColumnType.VARCHAR, 120, 0, 0, true, false)));
    assertEquals(1, db("check"), out);
    assertTrue(out.contains("the model has changes no migration captures"), out);
    assertTrue(out.contains("+ column students.email VARCHAR(120)"), out);
    assertEquals(0, db("migrate", "-m", "add email to students"), err);
    assertTrue(out.contains("V2__add_email_to_students.sql") && out.contains("+ column students.email"), out);
    assertEquals(1, db("check"), out);
    assertTrue(out.contains("not applied yet") && out.contains("V2__add_email_to_students.sql"), out);
    assertEquals(0, db("current"), err);
    assertTrue(out.startsWith("V1 (create the schema), 1 pending"), out);

    assertEquals(0, db("upgrade"), err);
    assertEquals(0, db("check"), out);
    assertEquals(0, db("current"), err);
    assertEquals("V2 (add email to students), up to date", out.strip());
    assertEquals(List.of("Ada:null"), db.jdbi().withHandle(h -> h.createQuery("SELECT name, email FROM students")
        .map((rs, ctx) -> rs.getString(1) + ":" + rs.getString(2)).list()));
    assertEquals(0, db("history"), err);
    assertTrue(out.contains("V1") && out.contains("V2") && out.contains("applied"), out);

    assertEquals(0, db("sql", "1:2"), err);
    assertTrue(out.contains("-- V2__add_email_to_students.sql (up)\nALTER TABLE students ADD COLUMN email"), out);
    assertEquals(0, db("sql", "2:1"), err);
    assertTrue(out.contains("ALTER TABLE students DROP COLUMN email;"), out);

    assertEquals(0, db("migrate", "-m", "nothing"), err);
    assertTrue(out.startsWith("no changes"), out);

    assertEquals(0, db("downgrade"), err);
    assertTrue(out.contains("reverted [V2__add_email_to_students.sql]; the database is at V1"), out);
    assertEquals(0, db("upgrade", "2"), err);
    assertEquals(0, db("stamp", "V1"), err);
    assertEquals(0, db("current"), err);
    assertTrue(out.startsWith("V1"), out);
    assertEquals(0, db("stamp", "2"), err);
    assertEquals(0, db("repair"), err);
    assertEquals("nothing to repair", out.strip());
  }

  @DatabaseTest(TestDatabase.Kind.H2)
  void aPossibleRenameNeedsAHint(TestDatabase database, @TempDir Path dir) throws Exception {
    db = database;
    model = dir.resolve("schema.json");
    folder = dir.resolve("migrations");
    model(school());
    assertEquals(0, db("init"), err);
    SchemaDef renamed = SchemaDef.ordered("School", List.of(new TableDef("students", List.of(
        new ColumnDef("id", ColumnType.BIGINT, 0, 0, 0, false, true),
        new ColumnDef("full_name", ColumnType.VARCHAR, 100, 0, 0, false, false)), List.of("id"), List.of(),
        List.of(new IndexDef("ix_students_full_name", List.of("full_name"), false)))));
    model(renamed);
    assertEquals(1, db("migrate", "-m", "full names"));
    assertTrue(err.contains("@RenamedFrom(\"name\")") && err.contains("--rename-column students.name=full_name"), err);
    assertEquals(0, db("migrate", "-m", "full names", "--rename-column", "students.name=full_name"), err);
    assertTrue(out.contains("~ column students.name renamed to full_name")
        && out.contains("~ index ix_students_name of students renamed to ix_students_full_name"), out);
    assertEquals(2, db("migrate"), "-m is required");
  }

  @DatabaseTest(TestDatabase.Kind.H2)
  void optionsMayPrecedeTheCommandAndADatabaseIsAskedFor(TestDatabase database, @TempDir Path dir) throws Exception {
    db = database;
    model = dir.resolve("schema.json");
    folder = dir.resolve("migrations");
    model(school());
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    assertEquals(0, DbCommand.run(new PrintWriter(o), new PrintWriter(e), "--model", model.toString(), "--dir",
        folder.toString(), "--dialect", "h2", "init"), e.toString());
    assertEquals(1, DbCommand.run(new PrintWriter(o), new PrintWriter(e), "upgrade", "--dir", folder.toString()));
    assertTrue(e.toString().contains("no database: pass --url"), e.toString());
  }
}
