package dev.dovetail.migrate;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.schema.SchemaDef;
import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two schemas as an ordered list of {@link Change}s: what {@code db migrate} writes
 * into a migration. Running every change's {@link Change#up} in order turns the older schema into the newer
 * one on any table contents; running their {@link Change#down}s in reverse order turns it back.
 *
 * <p>The diff detects tables added and removed (association tables included), columns added and removed,
 * changes of type, length, precision, nullability and identity, primary key changes, foreign keys added and
 * removed (with their {@code ON DELETE}) and indexes and unique indexes added and removed. Renames are taken
 * only from {@link RenameHints}; a column (or table) that disappears while another of the same type appears
 * is reported in {@link #ambiguities()} rather than guessed.
 */
public final class SchemaDiff {
  private final List<Change> changes;
  private final List<Change> sqliteChanges;
  private final List<String> ambiguities;

  SchemaDiff(List<Change> changes, List<Change> sqliteChanges, List<String> ambiguities) {
    this.changes = List.copyOf(changes);
    this.sqliteChanges = List.copyOf(sqliteChanges);
    this.ambiguities = List.copyOf(ambiguities);
  }

  /** The changes from {@code from} to {@code to}, with no hints. */
  public static SchemaDiff between(SchemaDef from, SchemaDef to) {
    return between(from, to, DiffOptions.defaults());
  }

  /** The changes from {@code from} to {@code to}. */
  public static SchemaDiff between(SchemaDef from, SchemaDef to, DiffOptions options) {
    return new DiffPlanner(from, to, options).plan();
  }

  /** The changes, in the order they run. */
  public List<Change> changes() {
    return changes;
  }

  /**
   * The changes as {@code dialect} runs them: on SQLite, which cannot alter most of an existing table, the
   * steps of such a table are one {@link RebuildTable}; elsewhere {@link #changes()}.
   */
  public List<Change> changes(Dialect dialect) {
    return dialect.name().equals("sqlite") ? sqliteChanges : changes;
  }

  /**
   * Drops and adds that may be renames: each a message naming the hint to add, or {@code --drop-and-add}.
   * {@code db migrate} writes nothing while there are any.
   */
  public List<String> ambiguities() {
    return ambiguities;
  }

  /** Whether the two schemas are alike. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** Whether some change destroys data. */
  public boolean destroysData() {
    return changes.stream().anyMatch(Change::destroysData);
  }

  /** Every change's up statements, in order. */
  public List<String> up(Dialect dialect) {
    List<String> out = new ArrayList<>();
    changes(dialect).forEach(c -> out.addAll(c.up(dialect)));
    return out;
  }

  /** Every change's down statements, last change first. */
  public List<String> down(Dialect dialect) {
    List<String> out = new ArrayList<>();
    List<Change> all = changes(dialect);
    for (int i = all.size() - 1; i >= 0; i--) {
      out.addAll(all.get(i).down(dialect));
    }
    return out;
  }

  /** One line per change, in order. */
  public List<String> describe() {
    return changes.stream().map(Change::describe).toList();
  }

  @Override
  public String toString() {
    return String.join("\n", describe());
  }
}
