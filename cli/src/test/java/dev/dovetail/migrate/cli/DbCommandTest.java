package dev.dovetail.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.migrate.JavaMigration;
import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.IndexDef;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.SchemaJson;
import dev.dovetail.schema.TableDef;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import dev.dovetail.testing.TestDatabase.Kind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
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

  /** Fills the e-mail addresses from the names, as an application's Java migration would. */
  static final class V3__Fill_emails implements JavaMigration {
    @Override
    public void up(Handle handle) {
      for (String name : handle.createQuery("SELECT name FROM students").mapTo(String.class).list()) {
        handle.execute("UPDATE students SET email = ? WHERE name = ?", name.toLowerCase(Locale.ROOT) + "@school.org",
            name);
      }
    }
  }

  /** The plain {@code db}. */
  private int db(String... args) {
    return run(null, args);
  }

  /** The application's {@code db}, which hands over its Java migration. */
  private int app(String... args) {
    return run(List.of(new V3__Fill_emails()), args);
  }

  private int run(List<JavaMigration> java, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--model", model.toString(), "--dir", folder.toString(), "--url", db.url()));
    if (db.kind() == TestDatabase.Kind.POSTGRESQL) {
      all.addAll(List.of("--user", "postgres"));
    } else if (db.kind() == TestDatabase.Kind.MARIADB) {
      all.addAll(List.of("--user", "root"));
    }
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    String[] line = all.toArray(String[]::new);
    int status = java == null ? DbCommand.run(new PrintWriter(o), new PrintWriter(e), line)
        : DbCommand.run(new PrintWriter(o), new PrintWriter(e), java, line);
    out = o.toString();
    err = e.toString();
    return status;
  }

  private void model(SchemaDef schema) throws Exception {
    Files.writeString(model, SchemaJson.write(schema));
  }

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
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

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
  void javaMigrationsRunThroughTheApplicationsEntryPoint(TestDatabase database, @TempDir Path dir) throws Exception {
    db = database;
    model = dir.resolve("schema.json");
    folder = dir.resolve("migrations");
    String fill = V3__Fill_emails.class.getName();
    model(school());
    // V1 and V2 are written and V1 applied before the Java migration V3 exists.
    assertEquals(0, db("init"), err);
    assertEquals(0, db("upgrade"), err);
    db.jdbi().useHandle(h -> h.execute("INSERT INTO students (name) VALUES ('Ada'), ('Grace')"));
    model(school(new ColumnDef("email", ColumnType.VARCHAR, 120, 0, 0, true, false)));
    assertEquals(0, db("migrate", "-m", "add email"), err);
    model(school(new ColumnDef("email", ColumnType.VARCHAR, 120, 0, 0, false, false)));
    assertEquals(0, app("migrate", "-m", "email required"), err);
    assertTrue(out.startsWith("wrote " + folder.resolve("V4__email_required.sql")), "numbered after V3: " + out);

    assertEquals(0, app("current"), err);
    assertTrue(out.contains("3 pending: [V2__add_email.sql, " + fill + ", V4__email_required.sql]"), out);
    assertEquals(0, app("sql", "1:4"), err);
    assertTrue(out.contains("-- V3 " + fill + " (Java: runs its up(Handle) in a transaction; no SQL to print)"), out);
    assertEquals(0, app("upgrade"), err);
    assertTrue(out.contains("applying " + fill) && out.contains("to V4"), out);
    assertEquals(List.of("ada@school.org", "grace@school.org"), db.jdbi().withHandle(h -> h.createQuery(
        "SELECT email FROM students ORDER BY name").mapTo(String.class).list()));
    assertEquals(0, app("history"), err);
    assertTrue(out.contains(" JAVA  " + fill) && out.contains(" SQL   V4__email_required.sql"), out);
    assertFalse(out.contains("note:"), out);

    // The plain db cannot see the Java migration, says so, and stops where it would act among Java migrations.
    assertEquals(0, db("history"), err);
    assertTrue(out.contains("note: the history records Java migrations (V3 " + fill + ")"), out);
    assertEquals(1, db("upgrade"), out);
    assertTrue(err.contains("this db runs SQL migrations only: it cannot upgrade") && err.contains("--sql-only")
        && err.contains("DbCommand.run(args, javaMigrations)"), err);
    assertEquals(1, db("stamp", "4"), out);
    assertEquals(0, db("upgrade", "--sql-only"), err);
    assertTrue(out.contains("up to date at V4"), out);
    assertEquals(0, db("downgrade"), err);
    assertTrue(out.contains("reverted [V4__email_required.sql]; the database is at V3"), out);
    assertEquals(1, db("downgrade"), out);
    assertTrue(err.contains("it cannot revert them"), err);
    assertEquals(1, app("downgrade"), out);
    assertTrue(err.contains("it does not implement down(Handle)"), err);
    assertEquals(0, app("upgrade"), err);
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
