package dev.dovetail.migrate;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Locale;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * The history table, {@value #TABLE}: one row per applied (or part-applied) migration. Its SQL is plain
 * enough for every supported database.
 */
final class SchemaHistory {
  /** The history table's name. */
  static final String TABLE = "dovetail_schema_history";
  /**
   * The column that holds, while a statement that commits by itself (DDL where DDL is not transactional) runs,
   * its number; {@code NULL} otherwise. Set after a crash, it says that statement may or may not have taken effect.
   */
  static final String RUNNING = "statement_running";

  private SchemaHistory() {}

  /** Creates the table, or adds to one an earlier version made the column {@code type}. */
  static void create(Handle h) {
    h.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (\n"
        + "  version INTEGER NOT NULL,\n"
        + "  description VARCHAR(200) NOT NULL,\n"
        + "  type VARCHAR(10) NOT NULL,\n"
        + "  script VARCHAR(1000) NOT NULL,\n"
        + "  checksum VARCHAR(64) NOT NULL,\n"
        + "  installed_on TIMESTAMP NOT NULL,\n"
        + "  execution_ms BIGINT NOT NULL,\n"
        + "  success BOOLEAN NOT NULL,\n"
        + "  statements_applied INTEGER NOT NULL,\n"
        + "  statement_running INTEGER,\n"
        + "  CONSTRAINT pk_" + TABLE + " PRIMARY KEY (version)\n"
        + ")");
    if (!hasColumn(h, "type")) {
      // Every migration recorded before the column existed was a SQL file.
      h.execute("ALTER TABLE " + TABLE + " ADD COLUMN type VARCHAR(10) DEFAULT 'SQL' NOT NULL");
    }
    if (!hasColumn(h, RUNNING)) {
      h.execute("ALTER TABLE " + TABLE + " ADD COLUMN " + RUNNING + " INTEGER");
    }
  }

  /** Whether the table exists in the connection's current schema (its name as stored, in either case). */
  static boolean exists(Handle h) {
    try {
      Connection c = h.getConnection();
      for (String name : cases(TABLE)) {
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), name, new String[] {"TABLE"})) {
          if (rs.next()) {
            return true;
          }
        }
      }
      return false;
    } catch (SQLException e) {
      throw new MigrationException("could not look for the history table " + TABLE + ": " + e.getMessage(), e);
    }
  }

  /** Whether the table has {@code column}, which its first versions lacked ({@code type}, {@value #RUNNING}). */
  private static boolean hasColumn(Handle h, String name) {
    try {
      Connection c = h.getConnection();
      DatabaseMetaData meta = c.getMetaData();
      for (String table : cases(TABLE)) {
        for (String column : cases(name)) {
          try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), table, column)) {
            if (rs.next()) {
              return true;
            }
          }
        }
      }
      return false;
    } catch (SQLException e) {
      throw new MigrationException("could not read the columns of the history table " + TABLE + ": "
          + e.getMessage(), e);
    }
  }

  /** A name as written and as H2 stores an unquoted one. */
  private static String[] cases(String name) {
    return new String[] {name, name.toUpperCase(Locale.ROOT)};
  }

  /** The rows, by version; empty when the table does not exist. */
  static TreeMap<Integer, AppliedMigration> read(Handle h) {
    TreeMap<Integer, AppliedMigration> rows = new TreeMap<>();
    if (!exists(h)) {
      return rows;
    }
    // A table made before the column type existed holds SQL migrations only; reading it must not change it.
    String type = hasColumn(h, "type") ? "type" : "'SQL'";
    h.createQuery("SELECT version, description, script, checksum, installed_on, execution_ms, success, "
            + "statements_applied, " + type + " FROM " + TABLE + " ORDER BY version")
        .map((rs, ctx) -> {
          Timestamp on = rs.getTimestamp(5);
          return new AppliedMigration(rs.getInt(1), rs.getString(2), Migration.Type.valueOf(rs.getString(9).strip()),
              rs.getString(3), rs.getString(4), on == null ? null : on.toLocalDateTime(), rs.getLong(6),
              rs.getBoolean(7), rs.getInt(8));
        })
        .forEach(row -> rows.put(row.version(), row));
    return rows;
  }

  /** Records a migration as started, or as applied when {@code success}. */
  static void insert(Handle h, Migration migration, long executionMs, boolean success, int statementsApplied) {
    h.execute("INSERT INTO " + TABLE + " (version, description, type, script, checksum, installed_on, execution_ms, "
            + "success, statements_applied) VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP, ?, ?, ?)",
        migration.version(), truncate(migration.description(), 200), migration.type().name(),
        truncate(migration.script(), 1000), migration.checksum(), executionMs, success, statementsApplied);
  }

  /** Records that the first {@code statementsApplied} statements of a migration are applied, and none runs. */
  static void progress(Handle h, int version, int statementsApplied) {
    h.execute("UPDATE " + TABLE + " SET statements_applied = ?, " + RUNNING + " = NULL WHERE version = ?",
        statementsApplied, version);
  }

  /** Records that statement {@code number} (from 1) of a migration runs now. */
  static void running(Handle h, int version, int number) {
    h.execute("UPDATE " + TABLE + " SET " + RUNNING + " = ? WHERE version = ?", number, version);
  }

  /** Records that no statement of a migration runs: the one that did failed, and did not take effect. */
  static void notRunning(Handle h, int version) {
    h.execute("UPDATE " + TABLE + " SET " + RUNNING + " = NULL WHERE version = ?", version);
  }

  /** The statement of a migration recorded as running, or {@code null}. */
  static Integer running(Handle h, int version) {
    return h.createQuery("SELECT " + RUNNING + " FROM " + TABLE + " WHERE version = ?").bind(0, version)
        .mapTo(Integer.class).findOne().orElse(null);
  }

  /** Records a migration whose statements are all applied, with the checksum of the file that applied them. */
  static void finish(Handle h, MigrationScript script, long executionMs, int statementsApplied) {
    h.execute("UPDATE " + TABLE + " SET success = ?, execution_ms = ?, statements_applied = ?, checksum = ?, "
            + "script = ?, installed_on = CURRENT_TIMESTAMP WHERE version = ?",
        true, executionMs, statementsApplied, script.checksum(), script.fileName(), script.version());
  }

  /** Accepts the current checksum of a migration's file. */
  static void updateChecksum(Handle h, int version, String checksum) {
    h.execute("UPDATE " + TABLE + " SET checksum = ? WHERE version = ?", checksum, version);
  }

  static void delete(Handle h, int version) {
    h.execute("DELETE FROM " + TABLE + " WHERE version = ?", version);
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
