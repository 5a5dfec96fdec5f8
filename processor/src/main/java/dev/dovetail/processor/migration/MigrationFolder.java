package dev.dovetail.processor.migration;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Where a project keeps its migrations: the processor option {@code -Adovetail.migrations=<folder>}, or else
 * {@code src/main/resources/db/migration} of the project whose {@code target/classes} (or
 * {@code build/classes/java/main}) the compiler writes to, when that folder exists.
 */
public final class MigrationFolder {
  /** The processor option naming the migrations folder. */
  public static final String OPTION = "dovetail.migrations";

  private MigrationFolder() {}

  /** The folder, or null when there is none to compare with. */
  public static Path locate(String option, Filer filer) {
    if (option != null && !option.isBlank()) {
      return Paths.get(option);
    }
    try {
      // The only way a processor learns where the project is: ask the Filer where class output goes.
      FileObject probe = filer.getResource(StandardLocation.CLASS_OUTPUT, "", "dovetail-probe");
      URI uri = probe.toUri();
      if (!"file".equals(uri.getScheme())) {
        return null;
      }
      Path classes = Paths.get(uri).getParent();
      for (Path project = classes; project != null; project = project.getParent()) {
        Path candidate = project.resolve("src/main/resources/db/migration");
        if (Files.isDirectory(candidate)) {
          return candidate;
        }
        if (Files.exists(project.resolve("pom.xml")) || Files.exists(project.resolve("build.gradle"))
            || Files.exists(project.resolve("build.gradle.kts"))) {
          return null;
        }
      }
      return null;
    } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
      return null;
    }
  }
}
