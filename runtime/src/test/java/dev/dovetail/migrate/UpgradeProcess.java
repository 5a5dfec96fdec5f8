package dev.dovetail.migrate;

import java.nio.file.Path;
import java.util.Properties;
import org.jdbi.v3.core.Jdbi;

/**
 * A process that upgrades one database and exits, for tests that kill it or run two at once:
 * {@code UpgradeProcess <jdbc-url> <migrations-folder> [name=value ...]}, the pairs being connection properties.
 * It prints each line of the migrator's log as it comes, then {@code done V<n>}.
 */
public final class UpgradeProcess {
  private UpgradeProcess() {}

  /** Runs the upgrade. */
  public static void main(String[] args) {
    Properties properties = new Properties();
    for (int i = 2; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      properties.setProperty(args[i].substring(0, eq), args[i].substring(eq + 1));
    }
    Jdbi jdbi = Jdbi.create(args[0], properties);
    UpgradeResult result = Migrator.create(jdbi, MigrationSource.folder(Path.of(args[1])))
        .withLog(line -> {
          System.out.println(line);
          System.out.flush();
        })
        .upgrade();
    System.out.println("done V" + result.to() + ", applied " + result.applied().size());
  }
}
