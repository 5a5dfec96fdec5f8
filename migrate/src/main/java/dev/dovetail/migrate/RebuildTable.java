package dev.dovetail.migrate;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.migrate.alter.Alter;
import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.IndexDef;
import dev.dovetail.schema.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table rebuilt to a new definition, for SQLite, which can alter a table in place only by adding, dropping
 * and renaming columns: a new table is created with the new definition, the rows are copied into it, the old
 * table is dropped, the new one takes its name and the indexes are made again. It stands for every change of
 * one table that SQLite cannot make with {@code ALTER TABLE} (a column's type or nullability, keys, a
 * {@code NOT NULL} column to add).
 *
 * <p>Foreign keys must be off while it runs, or dropping the old table would delete (or refuse to delete)
 * the rows of tables that refer to it; they cannot be switched off inside a transaction, so the migration
 * runner switches them off before the migration's transaction and runs {@code PRAGMA foreign_key_check}
 * before its commit.
 *
 * @param table the table's name when the rebuild runs
 * @param from the table as it is before, named {@code table}
 * @param to the table as it is after, named {@code table}
 * @param sources column of {@code to} → the column of {@code from} whose values it takes
 * @param backfills column of {@code to} → the SQL value its {@code NULL}s (or, when new, its rows) get when it
 *     is {@code NOT NULL}; a column not here gets its default, else its type's zero value
 * @param why what the rebuild stands for, one line per change, for people
 */
public record RebuildTable(String table, TableDef from, TableDef to, Map<String, String> sources,
    Map<String, String> backfills, List<String> why) implements Change {
  /** The prefix of the name the new table has until the old one is dropped. */
  public static final String PREFIX = "dovetail_new_";

  /** Copies the maps and the list. */
  public RebuildTable {
    sources = Map.copyOf(sources);
    backfills = Map.copyOf(backfills);
    why = List.copyOf(why);
  }

  @Override
  public String describe() {
    return "~ table " + table + " rebuilt (copied into a table of the new definition; run with PRAGMA foreign_keys "
        + "off, as db upgrade does): " + String.join("; ", why);
  }

  @Override
  public List<String> up(Dialect dialect) {
    String temporary = PREFIX + table;
    List<String> out = new ArrayList<>();
    // SQLite stores any value in any column: the copy would keep what the new type cannot hold, so it is checked.
    narrowed().forEach(c -> out.add(Guards.of(dialect, table, from.column(sources.get(c.name())).orElseThrow(), c)));
    String create = dialect.createTable(to, to.foreignKeys());
    String head = "CREATE TABLE " + dialect.quote(table);
    out.add("CREATE TABLE " + dialect.quote(temporary) + create.substring(head.length()));
    List<String> columns = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (ColumnDef column : to.columns()) {
      String source = sources.get(column.name());
      String fill = Change.fill(dialect, column, backfills.get(column.name()));
      if (source != null) {
        columns.add(column.name());
        boolean mayBeNull = from.column(source).map(ColumnDef::nullable).orElse(true);
        values.add(column.nullable() || !mayBeNull ? dialect.quote(source)
            : "COALESCE(" + dialect.quote(source) + ", " + fill + ")");
      } else if (!column.nullable() && !column.identity()) {
        columns.add(column.name());
        values.add(fill);
      }
    }
    if (!columns.isEmpty()) {
      out.add("INSERT INTO " + dialect.quote(temporary) + " (" + dialect.columnList(columns) + ")\n  SELECT "
          + String.join(", ", values) + " FROM " + dialect.quote(table));
    }
    out.add("DROP TABLE " + dialect.quote(table));
    out.add(Alter.of(dialect).renameTable(temporary, table));
    for (IndexDef index : to.indexes()) {
      out.add(dialect.createIndex(table, index));
    }
    return out;
  }

  @Override
  public List<String> down(Dialect dialect) {
    Map<String, String> back = new LinkedHashMap<>();
    sources.forEach((now, former) -> back.put(former, now));
    return new RebuildTable(table, to, from, back, Map.of(), why).up(dialect);
  }

  /**
   * Columns of {@code to} that take the values of a column of {@code from} whose type is not known to keep them.
   */
  private List<ColumnDef> narrowed() {
    return to.columns().stream().filter(c -> sources.containsKey(c.name()) && from.column(sources.get(c.name()))
        .map(f -> !sameType(f, c) && !TypeFit.widens(f, c)).orElse(false)).toList();
  }

  private static boolean sameType(ColumnDef a, ColumnDef b) {
    return a.type() == b.type() && a.length() == b.length() && a.precision() == b.precision()
        && a.scale() == b.scale();
  }

  /** Columns of {@code from} that {@code to} does not take: their values are lost; or a narrowed one. */
  @Override
  public boolean destroysData() {
    return from.columns().stream().anyMatch(c -> !sources.containsValue(c.name())) || !narrowed().isEmpty();
  }

  @Override
  public String lossWarning() {
    return from.columns().stream().allMatch(c -> sources.containsValue(c.name())) ? TypeFit.LOSS_WARNING
        : Change.super.lossWarning();
  }

  @Override
  public boolean downDestroysData() {
    Map<String, String> back = new LinkedHashMap<>();
    sources.forEach((now, former) -> back.put(former, now));
    return new RebuildTable(table, to, from, back, Map.of(), why).destroysData();
  }

  /** {@code table} as {@code def} has it, under another name. */
  static TableDef named(String name, TableDef def) {
    return new TableDef(name, def.columns(), def.primaryKey(), def.foreignKeys(), def.indexes());
  }
}
