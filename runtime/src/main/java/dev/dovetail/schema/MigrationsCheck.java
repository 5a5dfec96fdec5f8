package dev.dovetail.schema;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Compares a model with the newest migration of a project: the compile-time form of {@code db check}. The
 * annotation processor finds an implementation with {@link java.util.ServiceLoader} on its own path;
 * {@code dovetail-migrate} provides one. The interface lives here, beside the schema model, so that the
 * processor does not depend on the migration engine and the engine does not depend on the processor.
 */
public interface MigrationsCheck {

  /**
   * What the newest migration of {@code folder} does not capture of {@code model}; empty when the folder
   * holds no migration of this schema (a project that does not use migrations, or another database's folder).
   *
   * @param folder the project's migrations folder
   * @param model the schema the processor built from the entities
   * @param renames the model's {@code @RenamedFrom} hints, in the text form of the resource
   *     {@code META-INF/dovetail/<Database>/renames} ({@code table <former> <new>}, {@code column <table>
   *     <former> <new>}, one a line)
   * @throws RuntimeException when the folder cannot be read or compared (the processor reports it as a warning)
   */
  Optional<Finding> check(Path folder, SchemaDef model, String renames);

  /**
   * The model's changes since the newest migration.
   *
   * @param newest the newest migration's file name
   * @param changes what changed, one line each ({@code + column students.email VARCHAR(255)})
   * @param problems what prevents writing the migration (an ambiguous rename), one line each
   */
  record Finding(String newest, List<String> changes, List<String> problems) {

    /** Copies the lists. */
    public Finding {
      changes = List.copyOf(changes);
      problems = List.copyOf(problems);
    }
  }
}
