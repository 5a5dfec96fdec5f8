package dev.dovetail.migrate;

import java.nio.file.Path;
import dev.dovetail.dialect.Dialect;
import java.util.Properties;
import org.jdbi.v3.core.Jdbi;

/**
 * A process that upgrades one database and exits, for tests that kill it or run two at once:
 * {@code UpgradeProcess <jdbc-url> <migrations-folder> [name=value ...]}, the pairs being connection properties
 * ({@code dialect=h2} names the dialect rather than detecting it on a connection of its own).
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
    String dialect = (String) properties.remove("dialect");
    Jdbi jdbi = Jdbi.create(args[0], properties);
    MigrationSource source = MigrationSource.folder(Path.of(args[1]));
    UpgradeResult result = (dialect == null ? Migrator.create(jdbi, source)
        : Migrator.create(jdbi, Dialect.named(dialect), source))
        .withLog(line -> {
          System.out.println(line);
          System.out.flush();
        })
        .upgrade();
    System.out.println("done V" + result.to() + ", applied " + result.applied().size());
  }
}
