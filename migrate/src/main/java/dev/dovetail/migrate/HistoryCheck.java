package dev.dovetail.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares the history table with the migrations before anything runs: an applied migration that changed, one
 * added below the newest applied version, an applied version whose file or class is gone, a file written for
 * another database.
 */
final class HistoryCheck {
  private HistoryCheck() {}

  /** The newest version applied in full, 0 when none is. */
  static int current(Map<Integer, AppliedMigration> history) {
    return history.values().stream().filter(AppliedMigration::success).mapToInt(AppliedMigration::version).max()
        .orElse(0);
  }

  /** Refuses files written for another database. */
  static void dialects(List<Migration> migrations, String dialect) {
    for (Migration m : migrations) {
      if (m instanceof MigrationScript s && s.dialect().isPresent() && !s.dialect().get().equals(dialect)) {
        throw new MigrationException(s.fileName() + " is written for " + s.dialect().get() + " but the database is "
            + dialect + "; keep the migrations of each database in a folder of its own");
      }
    }
  }

  /** One message per applied migration that changed since. */
  static List<String> altered(List<Migration> migrations, Map<Integer, AppliedMigration> history) {
    List<String> out = new ArrayList<>();
    Map<Integer, Migration> byVersion = byVersion(migrations);
    for (AppliedMigration row : history.values()) {
      Migration m = byVersion.get(row.version());
      if (row.success() && m != null && !m.checksum().equals(row.checksum())) {
        out.add(m.label() + " changed after it was applied: its checksum was " + row.checksum() + " and is now "
            + m.checksum());
      }
    }
    return out;
  }

  /**
   * Throws when the history and migrations do not fit together; returns warnings for what does not stop a run.
   */
  static List<String> verify(List<Migration> migrations, TreeMap<Integer, AppliedMigration> history) {
    List<String> altered = altered(migrations, history);
    if (!altered.isEmpty()) {
      throw new MigrationException(String.join("\n", altered) + "\nAn applied migration must not change: the "
          + "database did not run the new version. Restore it, or, if the change is intended (a comment, a fix "
          + "the database already has), run repair to accept the new checksum.");
    }
    int current = current(history);
    Map<Integer, Migration> byVersion = byVersion(migrations);
    for (Migration m : migrations) {
      AppliedMigration row = history.get(m.version());
      if (m.version() < current && (row == null || !row.success())) {
        throw new MigrationException(m.script() + " is not applied, but V" + current + " after it is: it would "
            + "run out of order. Renumber it above V" + current + ", or apply it by hand and stamp.");
      }
    }
    List<String> warnings = new ArrayList<>();
    for (AppliedMigration row : history.values()) {
      if (!byVersion.containsKey(row.version())) {
        warnings.add(gone(row));
      }
    }
    return warnings;
  }

  /** Why an applied migration is not among the migrations. */
  static String gone(AppliedMigration row) {
    return row.label() + " is recorded as applied but "
        + (row.type() == Migration.Type.JAVA ? "was not given to the migrator (withJavaMigrations)"
            : "its file is gone");
  }

  static Map<Integer, Migration> byVersion(List<? extends Migration> migrations) {
    Map<Integer, Migration> out = new TreeMap<>();
    migrations.forEach(m -> out.put(m.version(), m));
    return out;
  }
}
