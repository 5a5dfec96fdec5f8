package dev.dovetail.migrate;

import dev.dovetail.migrate.ConstraintChanges.DropForeignKey;
import dev.dovetail.migrate.TableChanges.CreateTable;
import dev.dovetail.migrate.TableChanges.DropTable;
import dev.dovetail.migrate.TableChanges.RenameTable;
import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.ForeignKeyDef;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.TableDef;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Works out a {@link SchemaDiff}: pairs the tables of the two schemas (by name or rename hint), lets a
 * {@link TableDiff} compare each pair, and puts every change in its {@link Phase}, so that the whole runs
 * in an order every database accepts.
 */
final class DiffPlanner {

  /**
   * The order changes run in. Foreign keys and indexes go first and come back last, so nothing they hold
   * on to is in the way; renames come before everything that names the new names; primary keys are dropped
   * before their columns change and added once the columns exist and are {@code NOT NULL}; new tables come
   * after that, so their inline foreign keys find the keys they refer to.
   */
  enum Phase {
    DROP_FOREIGN_KEY, DROP_INDEX, RENAME_TABLE, RENAME_COLUMN, RENAME_CONSTRAINT, DROP_PRIMARY_KEY, ADD_COLUMN,
    ALTER_COLUMN, ADD_PRIMARY_KEY, CREATE_TABLE, DROP_COLUMN, DROP_TABLE, ADD_INDEX, ADD_FOREIGN_KEY
  }

  /**
   * A table in both schemas.
   *
   * @param before the table in the older schema
   * @param after the table in the newer one
   * @param columns former column name → new name, for every column in both
   */
  record TablePair(TableDef before, TableDef after, Map<String, String> columns) {}

  final SchemaDef from;
  final SchemaDef to;
  final DiffOptions options;
  /** Former table name → new name, for every table in both schemas. */
  final Map<String, String> tableNames = new LinkedHashMap<>();
  /** The pairs, by new table name. */
  final Map<String, TablePair> pairs = new LinkedHashMap<>();
  /** {@code table.column} (new names) of every column whose type changes. */
  final Set<String> typeChanged = new HashSet<>();
  /** New names of the tables whose primary key changes. */
  final Set<String> primaryKeyChanged = new HashSet<>();
  final List<String> ambiguities = new ArrayList<>();
  private final EnumMap<Phase, List<Change>> phases = new EnumMap<>(Phase.class);

  DiffPlanner(SchemaDef from, SchemaDef to, DiffOptions options) {
    // Reordered defensively: the phases below rely on foreign-key order for creating and dropping tables.
    this.from = SchemaDef.ordered(from.name(), from.tables());
    this.to = SchemaDef.ordered(to.name(), to.tables());
    this.options = options;
    for (Phase phase : Phase.values()) {
      phases.put(phase, new ArrayList<>());
    }
  }

  void add(Phase phase, Change change) {
    phases.get(phase).add(change);
  }

  SchemaDiff plan() {
    pairTables();
    List<TableDiff> tableDiffs = pairs.values().stream().map(p -> new TableDiff(this, p)).toList();
    tableDiffs.forEach(TableDiff::columnsAndPrimaryKey);
    // Second pass: whether a foreign key must be rebuilt depends on the column and key changes of all tables.
    tableDiffs.forEach(TableDiff::indexesAndForeignKeys);
    createdTables();
    droppedTables();
    List<Change> changes = new ArrayList<>();
    phases.values().forEach(changes::addAll);
    return new SchemaDiff(changes, new SqlitePlan(this, phases).changes(), ambiguities);
  }

  private void pairTables() {
    Set<String> fromNames = from.tables().stream().map(TableDef::name).collect(Collectors.toSet());
    Set<String> toNames = to.tables().stream().map(TableDef::name).collect(Collectors.toSet());
    for (TableDef before : from.tables()) {
      String hinted = options.renames().tables().get(before.name());
      if (hinted != null && toNames.contains(hinted) && !fromNames.contains(hinted)
          && !toNames.contains(before.name())) {
        tableNames.put(before.name(), hinted);
        add(Phase.RENAME_TABLE, new RenameTable(before.name(), hinted));
      } else if (toNames.contains(before.name())) {
        tableNames.put(before.name(), before.name());
      }
    }
    for (TableDef before : from.tables()) {
      String now = tableNames.get(before.name());
      if (now != null) {
        TableDef after = to.table(now).orElseThrow();
        pairs.put(now, new TablePair(before, after, pairColumns(before, after)));
      }
    }
    if (!options.dropAndAdd()) {
      for (TableDef gone : from.tables()) {
        for (TableDef added : to.tables()) {
          if (!tableNames.containsKey(gone.name()) && !tableNames.containsValue(added.name())
              && (names(gone).equals(names(added)) || types(gone).equals(types(added)))) {
            ambiguities.add("table " + gone.name() + " is gone and table " + added.name()
                + " is new, with columns alike. If it was renamed, put @RenamedFrom(\"" + gone.name()
                + "\") on the entity of " + added.name() + " (or pass --rename-table " + gone.name() + "="
                + added.name() + "); to drop " + gone.name() + " with its rows and create " + added.name()
                + ", pass --drop-and-add");
          }
        }
      }
    }
  }

  private Map<String, String> pairColumns(TableDef before, TableDef after) {
    Map<String, String> columns = new LinkedHashMap<>();
    Map<String, String> hints = options.renames().columnsOf(after.name());
    for (ColumnDef column : before.columns()) {
      String hinted = hints.get(column.name());
      if (hinted != null && after.column(hinted).isPresent() && before.column(hinted).isEmpty()
          && after.column(column.name()).isEmpty()) {
        columns.put(column.name(), hinted);
      } else if (after.column(column.name()).isPresent()) {
        columns.put(column.name(), column.name());
      }
    }
    if (!options.dropAndAdd()) {
      for (ColumnDef gone : before.columns()) {
        for (ColumnDef added : after.columns()) {
          if (!columns.containsKey(gone.name()) && !columns.containsValue(added.name())
              && gone.type() == added.type()) {
            String t = after.name();
            ambiguities.add("column " + t + "." + gone.name() + " is gone and column " + t + "." + added.name()
                + " is new, both " + gone.type() + ". If it was renamed, put @RenamedFrom(\"" + gone.name()
                + "\") on the component or field mapped to " + t + "." + added.name() + " (or pass --rename-column "
                + t + "." + gone.name() + "=" + added.name() + "); to drop " + gone.name()
                + " with its values and add " + added.name() + ", pass --drop-and-add");
          }
        }
      }
    }
    return columns;
  }

  private static Set<String> names(TableDef table) {
    return table.columns().stream().map(ColumnDef::name).collect(Collectors.toSet());
  }

  /** The column types with their counts: a table renamed along with some of its columns keeps these. */
  private static Map<ColumnType, Long> types(TableDef table) {
    return table.columns().stream().collect(Collectors.groupingBy(ColumnDef::type, Collectors.counting()));
  }

  private void createdTables() {
    for (TableDef table : to.tables()) {
      if (pairs.containsKey(table.name())) {
        continue;
      }
      List<ForeignKeyDef> inline = new ArrayList<>();
      for (ForeignKeyDef fk : table.foreignKeys()) {
        if (to.isDeferred(table.name(), fk)) {
          add(Phase.ADD_FOREIGN_KEY, new ConstraintChanges.AddForeignKey(table.name(), fk));
        } else {
          inline.add(fk);
        }
      }
      add(Phase.CREATE_TABLE, new CreateTable(table, inline));
    }
  }

  private void droppedTables() {
    for (int i = from.tables().size() - 1; i >= 0; i--) {
      TableDef table = from.tables().get(i);
      if (tableNames.containsKey(table.name())) {
        continue;
      }
      // Dropped first and on their own, so that neither the drop nor its undoing depends on table order.
      for (ForeignKeyDef fk : table.foreignKeys()) {
        add(Phase.DROP_FOREIGN_KEY, new DropForeignKey(table.name(), fk));
      }
      add(Phase.DROP_TABLE, new DropTable(table));
    }
  }
}
