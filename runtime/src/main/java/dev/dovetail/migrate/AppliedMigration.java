package dev.dovetail.migrate;

import java.time.LocalDateTime;

/**
 * A row of the history table {@value SchemaHistory#TABLE}: a migration that was applied, or whose
 * application failed part-way.
 *
 * @param version the migration's version
 * @param description its description
 * @param script its file name
 * @param checksum the {@link MigrationScript#checksum(String)} of the file as it was applied
 * @param installedOn when it was applied, in the database's time
 * @param executionMs how long it took, in milliseconds
 * @param success whether every statement was applied
 * @param statementsApplied how many of its statements were applied: all of them after a success, those
 *     before the failing one after a failure where DDL is not transactional, 0 when it was only stamped
 */
public record AppliedMigration(int version, String description, String script, String checksum,
    LocalDateTime installedOn, long executionMs, boolean success, int statementsApplied) {

  /** Whether the row was written by {@code stamp} rather than by running the migration. */
  public boolean stamped() {
    return success && statementsApplied == 0 && executionMs == 0;
  }
}
