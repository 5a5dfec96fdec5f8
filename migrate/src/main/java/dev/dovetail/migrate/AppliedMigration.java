package dev.dovetail.migrate;

import java.time.LocalDateTime;

/**
 * A row of the history table {@value SchemaHistory#TABLE}: a migration that was applied, or whose
 * application failed part-way.
 *
 * @param version the migration's version
 * @param description its description
 * @param type whether it is a SQL file or a Java class
 * @param script its file name, or its class name
 * @param checksum its {@link Migration#checksum()} as it was applied
 * @param installedOn when it was applied, in the database's time
 * @param executionMs how long it took, in milliseconds
 * @param success whether it was applied in full
 * @param statementsApplied how many of its statements were applied: all of them after a success (1 for a Java
 *     migration), those before the failing one after a failure where DDL is not transactional, 0 when it was
 *     only stamped
 */
public record AppliedMigration(int version, String description, Migration.Type type, String script, String checksum,
    LocalDateTime installedOn, long executionMs, boolean success, int statementsApplied) {

  /** Whether the row was written by {@code stamp} rather than by running the migration. */
  public boolean stamped() {
    return success && statementsApplied == 0 && executionMs == 0;
  }

  /** {@code V3 (V3__add_email.sql)} or {@code V4 (com.example.V4__Backfill_emails, a Java migration)}. */
  public String label() {
    return "V" + version + " (" + script + (type == Migration.Type.JAVA ? ", a Java migration)" : ")");
  }
}
