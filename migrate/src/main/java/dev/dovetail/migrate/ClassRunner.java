package dev.dovetail.migrate;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs a {@link JavaMigration}, up or down, in one transaction with the history row that records it, on every
 * database: a Java migration is data work, which every database can roll back, so a failure leaves nothing of
 * it behind and there is no progress to record.
 */
final class ClassRunner {
  private final Jdbi jdbi;

  ClassRunner(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Applies {@code migration}; {@code attempt} is the history row of an earlier failed attempt, or null. */
  void up(MigrationClass migration, AppliedMigration attempt) {
    long start = System.nanoTime();
    try (Handle h = jdbi.open()) {
      h.begin();
      try {
        migration.migration().up(h);
        if (attempt != null) {
          SchemaHistory.delete(h, migration.version());
        }
        // One "statement": the up method, so that the row does not read as stamped.
        SchemaHistory.insert(h, migration, (System.nanoTime() - start) / 1_000_000, true, 1);
        h.commit();
      } catch (Exception e) {
        rollback(h, e);
        throw new MigrationException(migration.label() + " failed and was rolled back: nothing of it is applied. "
            + "Fix it and run upgrade again." + detail(e), e);
      }
    }
  }

  /** Reverts {@code migration} with its {@code down} and removes it from the history. */
  void down(MigrationClass migration) {
    try (Handle h = jdbi.open()) {
      h.begin();
      try {
        migration.migration().down(h);
        SchemaHistory.delete(h, migration.version());
        h.commit();
      } catch (MigrationClass.NoDown e) {
        rollback(h, e);
        throw new MigrationException("cannot downgrade " + migration.label() + ": it does not implement "
            + "down(Handle), so V" + migration.version() + " stays applied. Implement it (with an empty body if the "
            + "migrations below undo what it did anyway), or stamp the version below it after undoing it by hand.", e);
      } catch (Exception e) {
        rollback(h, e);
        throw new MigrationException("the down of " + migration.label() + " failed and was rolled back; V"
            + migration.version() + " stays applied. Fix its down(Handle) and run downgrade again." + detail(e), e);
      }
    }
  }

  private static void rollback(Handle h, Exception cause) {
    try {
      h.rollback();
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  private static String detail(Exception e) {
    String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
    return "\n  error: " + e.getClass().getName() + (message.isEmpty() ? "" : ": " + message);
  }
}
