package dev.dovetail.migrate;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.SchemaJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes migrations from the model, with no database: {@code db init} (the first migration, creating the
 * whole model) and {@code db migrate} (the next one, from the difference between the newest migration's
 * snapshot and the model). Each migration is written with its snapshot beside it.
 */
public final class MigrationAuthor {
  private MigrationAuthor() {}

  /**
   * What {@link #init} or {@link #migrate} did.
   *
   * @param file the migration written, or {@code null} when there was nothing to write
   * @param diff the changes it holds (or would have held)
   */
  public record Authored(Path file, SchemaDiff diff) {}

  /**
   * Creates {@code folder} and writes {@code V1__<message>.sql}, creating every table of {@code model}.
   *
   * @throws MigrationException when the folder already holds migrations
   */
  public static Authored init(Path folder, SchemaDef model, Dialect dialect, String message) {
    List<MigrationScript> existing = MigrationSource.folder(folder).migrations();
    if (!existing.isEmpty()) {
      throw new MigrationException(folder + " already holds migrations (" + existing.get(existing.size() - 1)
          .fileName() + " is the newest); write the next one with migrate");
    }
    SchemaDiff diff = SchemaDiff.between(new SchemaDef(model.name(), List.of()), model);
    return new Authored(write(folder, 1, message, "the model " + model.name(), diff, model, dialect, true), diff);
  }

  /**
   * Writes the next migration, {@code V<n+1>__<message>.sql}, from the difference between the newest
   * migration's snapshot and {@code model}; writes nothing when they are alike.
   *
   * @throws MigrationException when there is no migration to start from, its snapshot is missing, or a drop
   *     and an add may be a rename (the message names the hint to add)
   */
  public static Authored migrate(Path folder, SchemaDef model, Dialect dialect, String message, DiffOptions options,
      boolean allowDataLoss) {
    return migrate(folder, model, dialect, message, options, allowDataLoss, List.of());
  }

  /**
   * {@link #migrate(Path, SchemaDef, Dialect, String, DiffOptions, boolean)} in a project that also has Java
   * migrations: the new file is numbered after the newest of them too, so that it does not take a version of
   * theirs. A Java migration changes no schema, so the difference is still taken from the newest file's snapshot.
   */
  public static Authored migrate(Path folder, SchemaDef model, Dialect dialect, String message, DiffOptions options,
      boolean allowDataLoss, List<MigrationClass> java) {
    List<MigrationScript> scripts = MigrationSource.folder(folder).migrations();
    MigrationScript newest = newest(scripts, "folder " + folder);
    SchemaDiff diff = SchemaDiff.between(newestSnapshot(newest), model, options);
    if (!diff.ambiguities().isEmpty()) {
      throw new MigrationException("nothing written: " + String.join("\n", diff.ambiguities()));
    }
    if (diff.isEmpty()) {
      return new Authored(null, diff);
    }
    String origin = "the difference between " + MigrationScript.snapshotName(newest.fileName()) + " and the model "
        + model.name();
    int after = Math.max(newest.version(), java.stream().mapToInt(MigrationClass::version).max().orElse(0));
    return new Authored(write(folder, after + 1, message, origin, diff, model, dialect, allowDataLoss), diff);
  }

  /**
   * What {@code db check} finds without a database: the model's changes that the newest migration's snapshot
   * does not have.
   */
  public static CheckResult check(MigrationSource source, SchemaDef model, DiffOptions options) {
    List<MigrationScript> scripts = source.migrations();
    if (scripts.isEmpty()) {
      return new CheckResult(List.of(), List.of(), List.of(), source.describe());
    }
    try {
      SchemaDiff diff = SchemaDiff.between(newestSnapshot(newest(scripts, source.describe())), model, options);
      return new CheckResult(diff.describe(), List.of(), diff.ambiguities());
    } catch (MigrationException e) {
      return new CheckResult(List.of(), List.of(), List.of(e.getMessage()));
    }
  }

  private static MigrationScript newest(List<MigrationScript> scripts, String where) {
    if (scripts.isEmpty()) {
      throw new MigrationException("there are no migrations in " + where + " to start from; run init first");
    }
    return scripts.get(scripts.size() - 1);
  }

  /** The schema the newest migration brings the database to. */
  static SchemaDef newestSnapshot(MigrationScript newest) {
    return newest.snapshot().orElseThrow(() -> new MigrationException("the newest migration, " + newest.fileName()
        + ", has no snapshot " + MigrationScript.snapshotName(newest.fileName()) + " beside it, so the model cannot be "
        + "compared with it. Restore the snapshot (it is the model as that migration leaves the database)."));
  }

  private static Path write(Path folder, int version, String message, String origin, SchemaDiff diff, SchemaDef model,
      Dialect dialect, boolean allowDataLoss) {
    String name = MigrationScript.fileName(version, message);
    try {
      Files.createDirectories(folder);
      Path file = folder.resolve(name);
      Files.writeString(file, MigrationWriter.render(name, message, origin, diff, dialect, allowDataLoss),
          StandardCharsets.UTF_8);
      Files.writeString(folder.resolve(MigrationScript.snapshotName(name)), SchemaJson.write(model),
          StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + name + " in " + folder, e);
    }
  }
}
