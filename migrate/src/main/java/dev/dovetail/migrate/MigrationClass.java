package dev.dovetail.migrate;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link JavaMigration} as the migrator orders and records it: its version, description, class name and
 * declared checksum, read once when it is handed over.
 *
 * @param version {@link JavaMigration#version()}
 * @param description {@link JavaMigration#description()}
 * @param script the class's name, as the history records it
 * @param checksum {@link JavaMigration#checksum()} in decimal
 * @param migration the migration itself
 */
public record MigrationClass(int version, String description, String script, String checksum,
    JavaMigration migration) implements Migration {
  private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)");

  /** Checks the values. */
  public MigrationClass {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(migration, "migration");
    if (version <= 0) {
      throw new MigrationException("the Java migration " + script + " has version " + version + "; versions start "
          + "at 1");
    }
  }

  /**
   * Reads a Java migration's version, description, name and checksum.
   *
   * @throws MigrationException when it has no version (see {@link JavaMigration#version()})
   */
  public static MigrationClass of(JavaMigration migration) {
    return new MigrationClass(migration.version(), migration.description(), migration.getClass().getName(),
        Integer.toString(migration.checksum()), migration);
  }

  /**
   * Reads Java migrations, ordered by version.
   *
   * @throws MigrationException when one has no version, or two have the same
   */
  public static List<MigrationClass> ofAll(List<? extends JavaMigration> migrations) {
    List<MigrationClass> classes = migrations.stream().map(MigrationClass::of)
        .sorted(Comparator.comparingInt(MigrationClass::version)).toList();
    for (int i = 1; i < classes.size(); i++) {
      if (classes.get(i).version() == classes.get(i - 1).version()) {
        throw new MigrationException("two Java migrations have version " + classes.get(i).version() + ": "
            + classes.get(i - 1).script() + " and " + classes.get(i).script() + "; renumber one of them");
      }
    }
    return classes;
  }

  @Override
  public Type type() {
    return Type.JAVA;
  }

  @Override
  public String toString() {
    return script;
  }

  /** The version in a class's simple name, {@code V<version>__<description>}. */
  static int versionOf(Class<?> type) {
    Matcher m = NAME.matcher(type.getSimpleName());
    if (!m.matches()) {
      throw new MigrationException("the Java migration " + type.getName() + " is not named V<version>__<description>"
          + " (V3__Backfill_emails, say): rename it, or override version() and description()");
    }
    try {
      return Integer.parseInt(m.group(1));
    } catch (NumberFormatException e) {
      throw new MigrationException("the version of the Java migration " + type.getName() + " is too large", e);
    }
  }

  /** The description in a class's simple name, underscores read as spaces; the whole name if it has none. */
  static String descriptionOf(Class<?> type) {
    String simple = type.getSimpleName();
    Matcher m = NAME.matcher(simple);
    return m.matches() ? m.group(2).replace('_', ' ').strip() : simple.isEmpty() ? type.getName() : simple;
  }

  /** What {@link JavaMigration#down} throws when a migration does not implement it. */
  static final class NoDown extends UnsupportedOperationException {
    private static final long serialVersionUID = 1L;

    NoDown() {
      super("this Java migration does not implement down(Handle)");
    }
  }
}
