package dev.dovetail.migrate.cli;

import dev.dovetail.migrate.AppliedMigration;
import dev.dovetail.migrate.MigrationScript;
import dev.dovetail.migrate.Migrator;
import dev.dovetail.migrate.UpgradeResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The commands that read or change a database: upgrade, downgrade, current, history, stamp, repair. */
final class DatabaseCommands {
  private DatabaseCommands() {}

  @Command(name = "upgrade", mixinStandardHelpOptions = true, description = "Applies the pending migrations, up to [target] if given.")
  static final class Upgrade implements Callable<Integer> {
    @ParentCommand
    DbCommand db;

    @Parameters(arity = "0..1", paramLabel = "[target]", description = "the version to stop at (default: newest)")
    String target;

    @Override
    public Integer call() {
      UpgradeResult result = target == null ? db.migrator().upgrade() : db.migrator().upgrade(version(target));
      db.spec.commandLine().getOut().println(result);
      return 0;
    }
  }

  @Command(name = "downgrade", mixinStandardHelpOptions = true, description = "Reverts applied migrations down to [target] (default: the one before "
      + "the newest; 0 reverts all) with their down parts.")
  static final class Downgrade implements Callable<Integer> {
    @ParentCommand
    DbCommand db;

    @Parameters(arity = "0..1", paramLabel = "[target]", description = "the version to return to")
    String target;

    @Override
    public Integer call() {
      Migrator migrator = db.migrator();
      List<MigrationScript> reverted = target == null ? migrator.downgrade() : migrator.downgrade(version(target));
      PrintWriter out = db.spec.commandLine().getOut();
      out.println(reverted.isEmpty() ? "nothing to revert" : "reverted " + reverted.stream()
          .map(MigrationScript::fileName).toList() + "; the database is at " + label(migrator.current()));
      return 0;
    }
  }

  @Command(name = "current", mixinStandardHelpOptions = true, description = "Prints the version the database is at.")
  static final class Current implements Callable<Integer> {
    @ParentCommand
    DbCommand db;

    @Override
    public Integer call() {
      Migrator migrator = db.migrator();
      int current = migrator.current();
      List<MigrationScript> pending = migrator.pending();
      String description = migrator.history().stream().filter(r -> r.version() == current).findFirst()
          .map(r -> " (" + r.description() + ")").orElse("");
      db.spec.commandLine().getOut().println(label(current) + description
          + (pending.isEmpty() ? ", up to date" : ", " + pending.size() + " pending: "
              + pending.stream().map(MigrationScript::fileName).toList()));
      return 0;
    }
  }

  @Command(name = "history", mixinStandardHelpOptions = true, description = "Prints the applied migrations.")
  static final class History implements Callable<Integer> {
    @ParentCommand
    DbCommand db;

    @Override
    public Integer call() {
      PrintWriter out = db.spec.commandLine().getOut();
      List<AppliedMigration> rows = db.migrator().history();
      if (rows.isEmpty()) {
        out.println("no migration applied");
        return 0;
      }
      out.println(String.format(Locale.ROOT, "%-8s %-19s %9s  %-18s %s", "version", "installed on", "ms", "state",
          "script"));
      for (AppliedMigration r : rows) {
        String state = r.stamped() ? "stamped" : r.success() ? "applied"
            : "FAILED after " + r.statementsApplied();
        String on = r.installedOn() == null ? "" : r.installedOn().withNano(0).toString().replace('T', ' ');
        out.println(String.format(Locale.ROOT, "%-8s %-19s %9d  %-18s %s", "V" + r.version(), on, r.executionMs(),
            state, r.script()));
      }
      return 0;
    }
  }

  @Command(name = "stamp", mixinStandardHelpOptions = true, description = "Records the database as being at <version> without running anything "
      + "(for a database made otherwise); versions above it are forgotten.")
  static final class Stamp implements Callable<Integer> {
    @ParentCommand
    DbCommand db;

    @Parameters(paramLabel = "<version>")
    String version;

    @Override
    public Integer call() {
      db.migrator().stamp(version(version));
      db.spec.commandLine().getOut().println("stamped: the database is recorded at " + label(version(version)));
      return 0;
    }
  }

  @Command(name = "repair", mixinStandardHelpOptions = true, description = "Accepts the current checksums of applied files that changed, and "
      + "forgets failed attempts.")
  static final class Repair implements Callable<Integer> {
    @ParentCommand
    DbCommand db;

    @Override
    public Integer call() {
      List<String> done = db.migrator().repair();
      PrintWriter out = db.spec.commandLine().getOut();
      if (done.isEmpty()) {
        out.println("nothing to repair");
      }
      done.forEach(out::println);
      return 0;
    }
  }

  /** {@code 3} or {@code V3}. */
  static int version(String text) {
    try {
      return Integer.parseInt(text.strip().replaceFirst("^[Vv]", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a version: " + text + " (write 3 or V3)");
    }
  }

  static String label(int version) {
    return version == 0 ? "no version (empty history)" : "V" + version;
  }
}
