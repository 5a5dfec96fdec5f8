package dev.dovetail.migrate;

import java.util.List;

/**
 * What {@link Migrator#upgrade()} did.
 *
 * @param from the version the database was at before (0 for none)
 * @param to the version it is at now
 * @param applied the migrations applied, SQL and Java, in order
 * @param warnings what deserves a look: drift between the live schema and the last migration's snapshot,
 *     applied migrations whose files or classes are gone
 */
public record UpgradeResult(int from, int to, List<Migration> applied, List<String> warnings) {

  /** Copies the lists. */
  public UpgradeResult {
    applied = List.copyOf(applied);
    warnings = List.copyOf(warnings);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(applied.isEmpty()
        ? "the database is up to date at " + (to == 0 ? "no version" : "V" + to)
        : "upgraded from " + (from == 0 ? "an empty history" : "V" + from) + " to V" + to + ", applying "
            + applied.stream().map(Migration::script).toList());
    warnings.forEach(w -> out.append("\nwarning: ").append(w));
    return out.toString();
  }
}
