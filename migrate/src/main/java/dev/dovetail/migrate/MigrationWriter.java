package dev.dovetail.migrate;

import dev.dovetail.dialect.Dialect;
import java.util.List;

/**
 * Writes the text of a migration file from a {@link SchemaDiff} (the format is described at
 * {@link MigrationScript}). Each change is introduced by a comment saying what it does. A change that destroys
 * data is preceded by a {@code -- WARNING: drops data} line (or, where it may, {@code -- WARNING: may lose data})
 * and, unless data loss is allowed, written
 * commented out, together with its undoing in the down part, for the user to uncomment after review.
 */
public final class MigrationWriter {
  /** The line that precedes every statement that destroys data. */
  public static final String DATA_LOSS_WARNING = "-- WARNING: drops data";

  private MigrationWriter() {}

  /**
   * The migration file's text.
   *
   * @param fileName the file's name, for its first line
   * @param message the user's explanation
   * @param origin where the changes come from, for the header ("the model School and V1__init.schema.json")
   * @param diff the changes
   * @param dialect the dialect the SQL is written in
   * @param allowDataLoss whether changes that destroy data are written to run, rather than commented out
   */
  public static String render(String fileName, String message, String origin, SchemaDiff diff, Dialect dialect,
      boolean allowDataLoss) {
    StringBuilder out = new StringBuilder();
    out.append("-- ").append(fileName).append(": ").append(message.strip().replace('\n', ' ')).append('\n');
    out.append("-- Written by Dovetail from ").append(origin).append(".\n");
    out.append("-- Review it before `db upgrade`. The up part runs as written (Flyway can run this file too);\n");
    out.append("-- the down part, after the marker line, is what `db downgrade` runs, each line without its ")
        .append("\"-- \".\n");
    out.append("-- dovetail:dialect ").append(dialect.name()).append('\n');
    for (Change change : diff.changes(dialect)) {
      boolean keep = allowDataLoss || !change.destroysData();
      out.append("\n-- ").append(change.describe()).append('\n');
      if (change.destroysData()) {
        out.append("-- WARNING: ").append(change.lossWarning()).append(keep ? ".\n"
            : ". Uncomment the statements below, and those of its undoing in the down part, to apply it.\n");
      }
      statements(out, change.up(dialect), keep ? "" : "-- ");
    }
    out.append('\n').append(MigrationScript.DOWN_MARKER).append('\n');
    List<Change> changes = diff.changes(dialect);
    for (int i = changes.size() - 1; i >= 0; i--) {
      Change change = changes.get(i);
      boolean keep = allowDataLoss || !change.destroysData();
      StringBuilder down = new StringBuilder("\n-- undo: ").append(change.describe()).append('\n');
      if (change.downDestroysData()) {
        down.append(DATA_LOSS_WARNING).append(".\n");
      }
      if (!keep) {
        down.append("-- (commented out with the up statements it undoes)\n");
      }
      statements(down, change.down(dialect), keep ? "" : "-- ");
      down.setLength(down.length() - 1);
      for (String line : down.toString().split("\n", -1)) {
        out.append(line.isEmpty() ? "--" : "-- " + line).append('\n');
      }
    }
    return out.toString();
  }

  private static void statements(StringBuilder out, List<String> statements, String prefix) {
    for (String statement : statements) {
      for (String line : (statement + ";").split("\n")) {
        out.append(prefix).append(line).append('\n');
      }
    }
  }
}
