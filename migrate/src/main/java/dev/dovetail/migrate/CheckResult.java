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
 */
public record CheckResult(List<String> uncaptured, List<Migration> pending, List<String> problems) {

  /** Copies the lists. */
  public CheckResult {
    uncaptured = List.copyOf(uncaptured);
    pending = List.copyOf(pending);
    problems = List.copyOf(problems);
  }

  /** Whether the migrations capture the model and the database has them all. */
  public boolean ok() {
    return uncaptured.isEmpty() && pending.isEmpty() && problems.isEmpty();
  }

  /** The report {@code db check} prints. */
  public String report() {
    List<String> lines = new ArrayList<>();
    if (!uncaptured.isEmpty()) {
      lines.add("the model has changes no migration captures (run db migrate -m \"...\"):");
      uncaptured.forEach(c -> lines.add("  " + c));
    }
    if (!pending.isEmpty()) {
      lines.add("the database is behind; not applied yet (run db upgrade):");
      pending.forEach(p -> lines.add("  " + p.script()));
    }
    problems.forEach(p -> lines.add(p));
    if (lines.isEmpty()) {
      lines.add("ok: the migrations capture the model and the database has them all");
    }
    return String.join("\n", lines);
  }
}
