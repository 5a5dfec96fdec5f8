package dev.dovetail.migrate;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link Migrator#check} found: whether the migrations capture the model, and whether the database has
 * all of them applied.
 *
 * @param uncaptured the model's changes that no migration captures (descriptions from {@link SchemaDiff})
 * @param pending the migrations the database has not applied (empty when no database was checked)
 * @param problems anything else that keeps the check from passing: no migrations, a missing snapshot, a
 *     failed or altered migration, a drop and add that may be a rename
 * @param noMigrationsIn where there are no migrations at all (the report says to write the first one); null
 *     when there are some
 */
public record CheckResult(List<String> uncaptured, List<Migration> pending, List<String> problems,
    String noMigrationsIn) {

  /** Copies the lists. */
  public CheckResult {
    uncaptured = List.copyOf(uncaptured);
    pending = List.copyOf(pending);
    problems = List.copyOf(problems);
  }

  /** A result where there are migrations. */
  public CheckResult(List<String> uncaptured, List<Migration> pending, List<String> problems) {
    this(uncaptured, pending, problems, null);
  }

  /** Whether the migrations capture the model and the database has them all. */
  public boolean ok() {
    return uncaptured.isEmpty() && pending.isEmpty() && problems.isEmpty() && noMigrationsIn == null;
  }

  /** The report {@code db check} prints. */
  public String report() {
    return report(Commands.DB);
  }

  /** The report, naming the commands to run as {@code commands} spells them (a Maven goal, say). */
  public String report(Commands commands) {
    List<String> lines = new ArrayList<>();
    if (!uncaptured.isEmpty()) {
      lines.add("the model has changes no migration captures (run " + commands.migrate() + "):");
      uncaptured.forEach(c -> lines.add("  " + c));
    }
    if (!pending.isEmpty()) {
      lines.add("the database is behind; not applied yet (run " + commands.upgrade() + "):");
      pending.forEach(p -> lines.add("  " + p.script()));
    }
    if (noMigrationsIn != null) {
      lines.add("there are no migrations in " + noMigrationsIn + "; run " + commands.init());
    }
    problems.forEach(p -> lines.add(p));
    if (lines.isEmpty()) {
      lines.add("ok: the migrations capture the model and the database has them all");
    }
    return String.join("\n", lines);
  }
}
