package dev.dovetail.migrate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which tables and columns were renamed: the hints {@link SchemaDiff} needs to write a rename that keeps the
 * data instead of a drop and an add. They come from {@code @RenamedFrom} on the model, or from the command
 * line ({@code --rename-table old=new}, {@code --rename-column table.old=new}).
 *
 * <p>A hint that no longer applies (its former name is not in the older schema, or its new name is not in
 * the newer one) is ignored, so hints may stay on the model after their migration is written.
 *
 * <p>The text form, one hint a line, {@code #} starting a comment, is what {@link #parse} reads and
 * {@link #toString} writes; it is meant for the processor to write from {@code @RenamedFrom} as the resource
 * {@code META-INF/dovetail/<Database>/renames}:
 * <pre>
 * table students pupils
 * column pupils name full_name
 * </pre>
 * (a column hint names the table by its new name).
 *
 * @param tables former table name → new table name
 * @param columns new table name → (former column name → new column name)
 */
public record RenameHints(Map<String, String> tables, Map<String, Map<String, String>> columns) {

  /** Copies the maps. */
  public RenameHints {
    tables = Map.copyOf(tables);
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    columns.forEach((table, renames) -> copy.put(table, Map.copyOf(renames)));
    columns = Map.copyOf(copy);
  }

  /** No hints. */
  public static RenameHints none() {
    return new RenameHints(Map.of(), Map.of());
  }

  /** These hints and that table was renamed from {@code from} to {@code to}. */
  public RenameHints table(String from, String to) {
    Map<String, String> t = new LinkedHashMap<>(tables);
    t.put(from, to);
    return new RenameHints(t, columns);
  }

  /** These hints and that column {@code from} of {@code table} (by its new name) was renamed to {@code to}. */
  public RenameHints column(String table, String from, String to) {
    Map<String, Map<String, String>> c = new LinkedHashMap<>(columns);
    Map<String, String> ofTable = new LinkedHashMap<>(c.getOrDefault(table, Map.of()));
    ofTable.put(from, to);
    c.put(table, ofTable);
    return new RenameHints(tables, c);
  }

  /** These hints and those of {@code other}; {@code other} wins where both name the same former name. */
  public RenameHints and(RenameHints other) {
    RenameHints out = this;
    for (Map.Entry<String, String> e : other.tables.entrySet()) {
      out = out.table(e.getKey(), e.getValue());
    }
    for (Map.Entry<String, Map<String, String>> t : other.columns.entrySet()) {
      for (Map.Entry<String, String> e : t.getValue().entrySet()) {
        out = out.column(t.getKey(), e.getKey(), e.getValue());
      }
    }
    return out;
  }

  /** The column renames of a table, by its new name: former name → new name. */
  public Map<String, String> columnsOf(String table) {
    return columns.getOrDefault(table, Map.of());
  }

  /**
   * Reads the text form.
   *
   * @throws IllegalArgumentException naming the line that is neither {@code table a b} nor
   *     {@code column t a b}
   */
  public static RenameHints parse(String text) {
    RenameHints hints = none();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash).strip();
      }
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\\s+");
      if (parts[0].equals("table") && parts.length == 3) {
        hints = hints.table(parts[1], parts[2]);
      } else if (parts[0].equals("column") && parts.length == 4) {
        hints = hints.column(parts[1], parts[2], parts[3]);
      } else {
        throw new IllegalArgumentException("rename hints, line " + (i + 1) + ": \"" + lines[i]
            + "\" is neither \"table <former> <new>\" nor \"column <table> <former> <new>\"");
      }
    }
    return hints;
  }

  /** The text form {@link #parse} reads. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    tables.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.append("table ").append(e.getKey()).append(' ').append(e.getValue()).append('\n'));
    columns.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(t -> t.getValue().entrySet().stream()
        .sorted(Map.Entry.comparingByKey()).forEach(e -> out.append("column ").append(t.getKey()).append(' ')
            .append(e.getKey()).append(' ').append(e.getValue()).append('\n')));
    return out.toString();
  }
}
