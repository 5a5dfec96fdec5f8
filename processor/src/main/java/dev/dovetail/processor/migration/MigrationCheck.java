package dev.dovetail.processor.migration;

import dev.dovetail.migrate.CheckResult;
import dev.dovetail.migrate.DiffOptions;
import dev.dovetail.migrate.MigrationAuthor;
import dev.dovetail.migrate.MigrationScript;
import dev.dovetail.migrate.MigrationSource;
import dev.dovetail.migrate.RenameHints;
import dev.dovetail.schema.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The compile-time form of {@code db check}: compares the model of a database with the snapshot of the newest
 * migration in the project's migrations folder, so that a model change no migration captures is a warning at
 * {@code javac} time, naming the tables and columns that changed.
 */
public final class MigrationCheck {
  private MigrationCheck() {}

  /**
   * What the newest migration of {@code folder} does not capture of {@code model}; empty when the folder holds
   * no migration of this schema (a project that does not use migrations, or another database's folder).
   */
  public static Optional<Finding> check(Path folder, SchemaDef model, RenameHints renames) {
    if (folder == null || !Files.isDirectory(folder)) {
      return Optional.empty();
    }
    MigrationSource source = MigrationSource.folder(folder);
    List<MigrationScript> scripts = source.migrations();
    if (scripts.isEmpty()) {
      return Optional.empty();
    }
    MigrationScript newest = scripts.get(scripts.size() - 1);
    Optional<SchemaDef> snapshot = newest.snapshot();
    if (snapshot.isEmpty() || !snapshot.get().name().equals(model.name())) {
      return Optional.empty();
    }
    CheckResult result = MigrationAuthor.check(source, model, DiffOptions.defaults().withRenames(renames));
    if (result.uncaptured().isEmpty() && result.problems().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Finding(newest.fileName(), result.uncaptured(), result.problems()));
  }

  /**
   * The model's changes since the newest migration.
   *
   * @param newest the newest migration's file name
   * @param changes what changed, one line each ({@code + column students.email VARCHAR(255)})
   * @param problems what prevents writing the migration (an ambiguous rename), one line each
   */
  public record Finding(String newest, List<String> changes, List<String> problems) {}
}
