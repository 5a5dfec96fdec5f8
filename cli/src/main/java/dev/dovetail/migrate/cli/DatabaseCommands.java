package dev.dovetail.migrate.cli;

import dev.dovetail.migrate.AppliedMigration;
import dev.dovetail.migrate.CommandArguments;
import dev.dovetail.migrate.Migration;
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

  @Command(name = "upgrade", mixinStandardHelpOptions = true,
      description = "Applies the pending migrations, up to [target] if given.")
  static final class Upgrade implements Callable<Integer> {
    @ParentCommand
    DbCommand db;

    @Parameters(arity = "0..1", paramLabel = "[target]", description = "the version to stop at (default: newest)")
    String target;

    @Override
    public Integer call() {
      Migrator migrator = db.migrator();
      List<AppliedMigration> history = migrator.history();
      db.refuseUnseenJava("upgrade: Java migrations may be pending, and the SQL migrations after them would leave "
          + "them out of order", db.unseenJava(history));
      db.noteUnseenJava(history);
      UpgradeResult result = target == null ? migrator.upgrade() : migrator.upgrade(CommandArguments.version(target));
      db.spec.commandLine().getOut().println(result);
      return 0;
    }
  }

  @Command(name = "downgrade", mixinStandardHelpOptions = true,
      description = "Reverts applied migrations down to [target] (default: the one before "
      + "the newest; 0 reverts all) with their down parts.")
  static final class Downgrade implements Callable<Integer> {
    @ParentCommand
    DbCommand db;

    @Parameters(arity = "0..1", paramLabel = "[target]", description = "the version to return to")
    String target;

    @Override
    public Integer call() {
      Migrator migrator = db.migrator();
      List<AppliedMigration> history = migrator.history();
      int to = target != null ? CommandArguments.version(target) : previous(history);
      db.refuseUnseenJava("revert them", db.unseenJava(history).stream().filter(r -> r.version() > to).toList());
      List<Migration> reverted = migrator.downgrade(to);
      PrintWriter out = db.spec.commandLine().getOut();
      out.println(reverted.isEmpty() ? "nothing to revert" : "reverted " + reverted.stream()
          .map(Migration::script).toList() + "; the database is at " + label(migrator.current()));
      return 0;
    }
  }

  @Command(name = "current", mixinStandardHelpOptions = true,
      description = "Prints the version the database is at.")
  static final class Current implements Callable<Integer> {
    @ParentCommand
    DbCommand db;

    @Override
    public Integer call() {
      Migrator migrator = db.migrator();
      int current = migrator.current();
      List<Migration> pending = migrator.pending();
      List<AppliedMigration> history = migrator.history();
      String description = history.stream().filter(r -> r.version() == current).findFirst()
          .map(r -> " (" + r.description() + ")").orElse("");
      db.spec.commandLine().getOut().println(label(current) + description
          + (pending.isEmpty() ? ", up to date" : ", " + pending.size() + " pending: "
              + pending.stream().map(Migration::script).toList()));
      db.noteUnseenJava(history);
      return 0;
    }
  }

  @Command(name = "history", mixinStandardHelpOptions = true,
      description = "Prints the applied migrations.")
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
      out.println(String.format(Locale.ROOT, "%-8s %-19s %9s  %-18s %-4s  %s", "version", "installed on", "ms",
          "state", "type", "script"));
      for (AppliedMigration r : rows) {
        String state = r.stamped() ? "stamped" : r.success() ? "applied"
            : "FAILED after " + r.statementsApplied();
        String on = r.installedOn() == null ? "" : r.installedOn().withNano(0).toString().replace('T', ' ');
        out.println(String.format(Locale.ROOT, "%-8s %-19s %9d  %-18s %-4s  %s", "V" + r.version(), on,
            r.executionMs(), state, r.type(), r.script()));
      }
      db.noteUnseenJava(rows);
      return 0;
    }
  }

  @Command(name = "stamp", mixinStandardHelpOptions = true,
      description = "Records the database as being at <version> without running anything "
      + "(for a database made otherwise); versions above it are forgotten.")
  static final class Stamp implements Callable<Integer> {
    @ParentCommand
    DbCommand db;

    @Parameters(paramLabel = "<version>")
    String version;

    @Override
    public Integer call() {
      Migrator migrator = db.migrator();
      db.refuseUnseenJava("stamp: the Java migrations up to V" + CommandArguments.version(version) + " would not be recorded",
          db.unseenJava(migrator.history()));
      migrator.stamp(CommandArguments.version(version));
      db.spec.commandLine().getOut().println("stamped: the database is recorded at " + label(CommandArguments.version(version)));
      return 0;
    }
  }

  @Command(name = "repair", mixinStandardHelpOptions = true,
      description = "Accepts the current checksums of applied files that changed, and "
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

  /** The version {@code downgrade} returns to by default: the one applied before the newest. */
  static int previous(List<AppliedMigration> history) {
    int current = history.stream().filter(AppliedMigration::success).mapToInt(AppliedMigration::version).max()
        .orElse(0);
    return history.stream().filter(r -> r.success() && r.version() < current).mapToInt(AppliedMigration::version)
        .max().orElse(0);
  }

  static String label(int version) {
    return version == 0 ? "no version (empty history)" : "V" + version;
  }
}
