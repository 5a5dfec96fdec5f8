package dev.dovetail.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.schema.SchemaDef;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationScriptTest {

  @Test
  void namesFollowFlyway() {
    assertEquals("V12__add_e_mail_to_students.sql", MigrationScript.fileName(12, "  Add e-mail to Students! "));
    assertEquals("V2__migration.sql", MigrationScript.fileName(2, "?!"));
    assertEquals("V2__add_email.schema.json", MigrationScript.snapshotName("V2__add_email.sql"));
    MigrationScript script = MigrationScript.of("V12__add_e_mail.sql", "", null);
    assertEquals(12, script.version());
    assertEquals("add e mail", script.description());
    assertThrows(MigrationException.class, () -> MigrationScript.of("V1_missing_underscore.sql", "", null));
  }

  @Test
  void theDownPartIsReadFromItsCommentedLines() {
    String text = MigrationWriter.render("V1__init.sql", "init", "the model School",
        SchemaDiff.between(new SchemaDef("School", List.of()), Models.school()), Dialect.H2, true);
    MigrationScript script = MigrationScript.of("V1__init.sql", text, null);
    assertEquals(Dialect.H2.createSchema(Models.school()), script.upStatements());
    assertEquals(List.of("DROP TABLE IF EXISTS registrations CASCADE", "DROP TABLE IF EXISTS classes CASCADE",
        "DROP TABLE IF EXISTS students CASCADE"), script.downStatements());
    assertEquals(java.util.Optional.of("h2"), script.dialect());
    assertFalse(MigrationScript.of("V1__x.sql", "SELECT 1;\n", null).hasDown());
  }

  @Test
  void commentedOutDropsRunNeitherUpNorDown() {
    SchemaDiff diff = SchemaDiff.between(Models.school(), Models.schema(Models.students(), Models.classes()));
    MigrationScript kept = MigrationScript.of("V2__x.sql", MigrationWriter.render("V2__x.sql", "x", "o", diff,
        Dialect.POSTGRESQL, false), null);
    assertTrue(kept.text().contains(MigrationWriter.DATA_LOSS_WARNING));
    assertTrue(kept.upStatements().stream().noneMatch(s -> s.startsWith("DROP TABLE")), kept::text);
    assertTrue(kept.downStatements().stream().noneMatch(s -> s.startsWith("CREATE TABLE")), kept::text);
    MigrationScript dropped = MigrationScript.of("V2__x.sql", MigrationWriter.render("V2__x.sql", "x", "o", diff,
        Dialect.POSTGRESQL, true), null);
    assertTrue(dropped.upStatements().contains("DROP TABLE IF EXISTS registrations CASCADE"));
    assertTrue(dropped.downStatements().stream().anyMatch(s -> s.startsWith("CREATE TABLE registrations")));
  }

  @Test
  void theChecksumIgnoresWhatDiffersBetweenMachinesOnly() {
    String text = "CREATE TABLE t (id INTEGER);\n\n-- dovetail:down\n-- DROP TABLE t;\n";
    String same = "\uFEFF" + text.replace("\n", "   \r\n") + "\r\n\n";
    assertEquals(MigrationScript.checksum(text), MigrationScript.checksum(same));
    assertEquals(64, MigrationScript.checksum(text).length());
    assertNotEquals(MigrationScript.checksum(text), MigrationScript.checksum(text.replace("id", "ident")));
    assertNotEquals(MigrationScript.checksum(text), MigrationScript.checksum("  " + text), "leading space counts");
  }
}
