package dev.dovetail.migrate;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a {@link Migrator} finds its migrations: a folder ({@code src/main/resources/db/migration} while
 * developing) or a classpath location ({@code db/migration} in the application's jar).
 */
public interface MigrationSource {

  /** The folder {@code db init} creates and {@code db migrate} writes to, unless told otherwise. */
  String DEFAULT_FOLDER = "src/main/resources/db/migration";

  /** The classpath location the default folder ends up at. */
  String DEFAULT_LOCATION = "db/migration";

  /**
   * Every migration, by ascending version.
   *
   * @throws MigrationException when a file cannot be read, is misnamed, or two share a version
   */
  List<MigrationScript> migrations();

  /** What the source reads, for messages ({@code folder src/main/resources/db/migration}). */
  String describe();

  /** The migrations in a folder of the file system. */
  static MigrationSource folder(Path folder) {
    return new FolderSource(folder);
  }

  /** The migrations at a classpath location (in folders or jars), through the thread's context class loader. */
  static MigrationSource classpath(String location) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return new ClasspathSource(location, loader != null ? loader : MigrationSource.class.getClassLoader());
  }

  /** The migrations at a classpath location (in folders or jars) of {@code loader}. */
  static MigrationSource classpath(String location, ClassLoader loader) {
    return new ClasspathSource(location, loader);
  }

  /** Ascending by version; refuses two files with one version. */
  static List<MigrationScript> sorted(List<MigrationScript> scripts, String where) {
    List<MigrationScript> sorted = scripts.stream()
        .sorted(java.util.Comparator.comparingInt(MigrationScript::version)).toList();
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).version() == sorted.get(i - 1).version()) {
        throw new MigrationException("two migrations in " + where + " have version " + sorted.get(i).version()
            + ": " + sorted.get(i - 1).fileName() + " and " + sorted.get(i).fileName() + "; renumber one of them");
      }
    }
    return sorted;
  }
}
