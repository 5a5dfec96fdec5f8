package dev.dovetail.migrate;

import java.util.List;
import java.util.Map;

/**
 * One step of a database's history, whatever it is written in: a SQL file ({@link MigrationScript}) or a Java
 * class ({@link MigrationClass}, wrapping a {@link JavaMigration}). The {@link Migrator} orders both kinds
 * together by version, runs them, and records them in one history table, where {@link #script()} and
 * {@link #checksum()} are what it writes for them.
 */
public sealed interface Migration permits MigrationScript, MigrationClass {

  /** What a migration is written in, as the history table's {@code type} column records it. */
  enum Type {
    /** A {@code V<n>__<description>.sql} file. */
    SQL,
    /** A class implementing {@link JavaMigration}. */
    JAVA
  }

  /** The version: the number after {@code V} in the file's or the class's name. */
  int version();

  /** What it does, from its name unless it says otherwise. */
  String description();

  /** The file name of a SQL migration, the class name of a Java one: the history's {@code script} column. */
  String script();

  /**
   * What tells whether the migration changed after it was applied: the SHA-256 of a file's normalized text, or
   * the number a Java migration declares ({@link JavaMigration#checksum()}).
   */
  String checksum();

  /** SQL or Java. */
  Type type();

  /** {@code V3 (V3__add_email.sql)} or {@code V4 (com.example.V4__Backfill_emails, a Java migration)}. */
  default String label() {
    return "V" + version() + " (" + script() + (type() == Type.JAVA ? ", a Java migration)" : ")");
  }

  /**
   * The migrations of {@code source} and {@code classes} in one list, by ascending version.
   *
   * @throws MigrationException when a file cannot be read or is misnamed, or a version is both a file and a
   *     class (the message names both)
   */
  static List<Migration> ordered(MigrationSource source, List<MigrationClass> classes) {
    Map<Integer, Migration> byVersion = HistoryCheck.byVersion(source.migrations());
    for (MigrationClass c : classes) {
      Migration file = byVersion.put(c.version(), c);
      if (file != null) {
        throw new MigrationException("V" + c.version() + " is both the SQL migration " + file.script() + " in "
            + source.describe() + " and the Java migration " + c.script() + "; renumber one of them");
      }
    }
    return List.copyOf(byVersion.values());
  }
}
