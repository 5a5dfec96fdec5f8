package dev.dovetail.processor.migration;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where a project keeps its migrations: the processor option {@code -Adovetail.migrations=<folder>} (an
 * absolute path, or one relative to the compiler's working directory). Without it the model is not compared
 * with any migrations: the default is no folder. The processor does not guess the folder from where class
 * files go, since a build tool may compile elsewhere (a work folder, a build cache) and would then be given a
 * wrong folder, or none, silently; the build names it instead (Dovetail's Maven plugin sets it).
 */
public final class MigrationFolder {
  /** The processor option naming the migrations folder. */
  public static final String OPTION = "dovetail.migrations";

  private MigrationFolder() {}

  /** The folder the option names, or null when it is unset (no comparison). */
  public static Path locate(String option) {
    return option == null || option.isBlank() ? null : Paths.get(option.strip());
  }
}
