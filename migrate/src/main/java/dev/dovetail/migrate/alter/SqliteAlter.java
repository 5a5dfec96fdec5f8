package dev.dovetail.migrate.alter;

import dev.dovetail.dialect.Dialect;

/**
 * SQLite's {@code ALTER} statements: the standard's renames and {@code ADD}/{@code DROP COLUMN} (3.35 and
 * later), which is all SQLite alters in place. Every other change rebuilds the table
 * ({@code dev.dovetail.migrate.RebuildTable}), which uses {@link #renameTable} and {@link #zeroValue} from here.
 */
final class SqliteAlter extends Alter {
  SqliteAlter(Dialect dialect) {
    super(dialect);
  }
}
