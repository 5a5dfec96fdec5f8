package dev.dovetail.migrate;

import dev.dovetail.schema.MigrationsCheck;
import dev.dovetail.schema.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The annotation processor's compile-time form of {@code db check}, registered as a {@link MigrationsCheck}
 * service: with {@code dovetail-migrate} on the annotation processor path, a model change that no migration
 * captures is a warning at {@code javac} time, naming the tables and columns that changed.
 */
public final class FolderCheck implements MigrationsCheck {

  /** For {@link java.util.ServiceLoader}. */
  public FolderCheck() {}

  @Override
  public Optional<Finding> check(Path folder, SchemaDef model, String renames) {
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
    CheckResult result = MigrationAuthor.check(source, model,
        DiffOptions.defaults().withRenames(RenameHints.parse(renames)));
    if (result.uncaptured().isEmpty() && result.problems().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Finding(newest.fileName(), result.uncaptured(), result.problems()));
  }
}
