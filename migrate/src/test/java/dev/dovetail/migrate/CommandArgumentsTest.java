package dev.dovetail.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.dialect.Dialect;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line and the Maven plugin read from their arguments the same way. */
class CommandArgumentsTest {
  @Test
  void theDialectIsTheOneTheUrlNames() {
    assertEquals(Optional.of(Dialect.H2), CommandArguments.dialectOfUrl("jdbc:h2:mem:school"));
    assertEquals(Optional.of(Dialect.POSTGRESQL), CommandArguments.dialectOfUrl("JDBC:PostgreSQL://db/school"));
    assertEquals(Optional.of(Dialect.MARIADB), CommandArguments.dialectOfUrl("jdbc:mariadb://db:3306/school"));
    assertEquals(Optional.of(Dialect.SQLITE), CommandArguments.dialectOfUrl("jdbc:sqlite:school.db"));
    assertEquals(Optional.empty(), CommandArguments.dialectOfUrl("jdbc:oracle:thin:@db:1521:school"));
  }

  @Test
  void aVersionIsWrittenWithOrWithoutItsV() {
    assertEquals(3, CommandArguments.version("V3"));
    assertEquals(3, CommandArguments.version(" v3 "));
    assertEquals(12, CommandArguments.version("12"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CommandArguments.version("3a"));
    assertEquals("not a version: 3a (write 3 or V3)", e.getMessage());
  }

  @Test
  void theCheckReportNamesTheToolsCommands(@TempDir Path empty) {
    Commands maven = new Commands("mvn dovetail:init", "mvn dovetail:migrate -Dmessage=\"...\"",
        "mvn dovetail:upgrade", "compile it first", "name one with <schema>");
    String uncaptured = new CheckResult(List.of("+ column students.email"), List.of(), List.of()).report(maven);
    assertTrue(uncaptured.contains("(run mvn dovetail:migrate -Dmessage=\"...\"):"), uncaptured);
    CheckResult none = MigrationAuthor.check(MigrationSource.folder(empty),
        dev.dovetail.schema.SchemaJson.read("{\"format\": 1, \"schema\": \"School\", \"tables\": []}"),
        DiffOptions.defaults());
    assertTrue(none.report(maven).endsWith("; run mvn dovetail:init"), none.report(maven));
    assertTrue(none.report().endsWith("; run db init"), none.report());
  }
}
