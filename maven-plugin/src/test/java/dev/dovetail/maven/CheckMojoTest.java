package dev.dovetail.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.migrate.CheckResult;
import dev.dovetail.migrate.DiffOptions;
import dev.dovetail.migrate.MigrationAuthor;
import dev.dovetail.migrate.MigrationSource;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.SchemaJson;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckMojoTest {
  @Test
  void aModelChangeNoMigrationCapturesNamesTheMigrateGoal() {
    String report = new CheckResult(List.of("+ column students.email"), List.of(), List.of())
        .report(DovetailMojo.MAVEN);
    assertTrue(report.contains("run mvn dovetail:migrate -Dmessage=\"...\""), report);
    assertFalse(report.contains("db migrate"), report);
  }

  @Test
  void noMigrationsNamesTheInitGoal(@TempDir Path empty) {
    SchemaDef model = SchemaJson.read("{\"format\": 1, \"schema\": \"School\", \"tables\": []}");
    String report = MigrationAuthor.check(MigrationSource.folder(empty), model, DiffOptions.defaults())
        .report(DovetailMojo.MAVEN);
    assertTrue(report.contains("run mvn dovetail:init"), report);
  }
}
