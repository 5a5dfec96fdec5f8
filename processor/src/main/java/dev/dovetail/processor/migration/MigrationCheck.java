package dev.dovetail.processor.migration;

import dev.dovetail.schema.MigrationsCheck;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds the compile-time form of {@code db check} on the annotation processor path. The migration engine that
 * compares a model with a migrations folder is {@code dovetail-migrate}'s; the processor does not depend on
 * it, so the comparison runs only when a build puts {@code dovetail-migrate} beside the processor.
 */
public final class MigrationCheck {
  private MigrationCheck() {}

  /** The comparison, or empty when {@code dovetail-migrate} is not on the path {@code loader} reads. */
  public static Optional<MigrationsCheck> find(ClassLoader loader) {
    return ServiceLoader.load(MigrationsCheck.class, loader).findFirst();
  }
}
