package dev.dovetail.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares the history table with the migration files before anything runs: an applied file that changed,
 * a file added below the newest applied version, an applied version whose file is gone, a file written for
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
  static void dialects(List<MigrationScript> scripts, String dialect) {
    for (MigrationScript s : scripts) {
      if (s.dialect().isPresent() && !s.dialect().get().equals(dialect)) {
        throw new MigrationException(s.fileName() + " is written for " + s.dialect().get() + " but the database is "
            + dialect + "; keep the migrations of each database in a folder of its own");
      }
    }
  }

  /** One message per applied migration whose file changed since. */
  static List<String> altered(List<MigrationScript> scripts, Map<Integer, AppliedMigration> history) {
    List<String> out = new ArrayList<>();
    Map<Integer, MigrationScript> byVersion = byVersion(scripts);
    for (AppliedMigration row : history.values()) {
      MigrationScript script = byVersion.get(row.version());
      if (row.success() && script != null && !script.checksum().equals(row.checksum())) {
        out.add("V" + row.version() + " (" + script.fileName() + ") changed after it was applied: its checksum was "
            + row.checksum() + " and is now " + script.checksum());
      }
    }
    return out;
  }

  /**
   * Throws when the history and files do not fit together; returns warnings for what does not stop a run.
   */
  static List<String> verify(List<MigrationScript> scripts, TreeMap<Integer, AppliedMigration> history) {
    List<String> altered = altered(scripts, history);
    if (!altered.isEmpty()) {
      throw new MigrationException(String.join("\n", altered) + "\nAn applied migration must not change: the "
          + "database did not run the new text. Restore the file, or, if the change is intended (a comment, a fix "
          + "the database already has), run repair to accept the new checksum.");
    }
    int current = current(history);
    Map<Integer, MigrationScript> byVersion = byVersion(scripts);
    for (MigrationScript s : scripts) {
      AppliedMigration row = history.get(s.version());
      if (s.version() < current && (row == null || !row.success())) {
        throw new MigrationException(s.fileName() + " is not applied, but V" + current + " after it is: it would "
            + "run out of order. Renumber it above V" + current + ", or apply it by hand and stamp.");
      }
    }
    List<String> warnings = new ArrayList<>();
    for (AppliedMigration row : history.values()) {
      if (!byVersion.containsKey(row.version())) {
        warnings.add("V" + row.version() + " (" + row.script() + ") is recorded as applied but its file is gone");
      }
    }
    return warnings;
  }

  static Map<Integer, MigrationScript> byVersion(List<MigrationScript> scripts) {
    Map<Integer, MigrationScript> out = new TreeMap<>();
    scripts.forEach(s -> out.put(s.version(), s));
    return out;
  }
}
