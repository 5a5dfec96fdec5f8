package dev.dovetail.migrate;

import dev.dovetail.migrate.ColumnChanges.AddColumn;
import dev.dovetail.migrate.ColumnChanges.AlterColumn;
import dev.dovetail.migrate.ColumnChanges.DropColumn;
import dev.dovetail.migrate.ColumnChanges.RenameColumn;
import dev.dovetail.migrate.ConstraintChanges.AddForeignKey;
import dev.dovetail.migrate.ConstraintChanges.AddIndex;
import dev.dovetail.migrate.ConstraintChanges.AddPrimaryKey;
import dev.dovetail.migrate.ConstraintChanges.DropForeignKey;
import dev.dovetail.migrate.ConstraintChanges.DropIndex;
import dev.dovetail.migrate.ConstraintChanges.DropPrimaryKey;
import dev.dovetail.migrate.ConstraintChanges.RenameConstraint;
import dev.dovetail.migrate.ConstraintChanges.RenameIndex;
import dev.dovetail.migrate.DiffPlanner.Phase;
import dev.dovetail.migrate.DiffPlanner.TablePair;
import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.ForeignKeyDef;
import dev.dovetail.schema.IndexDef;
import dev.dovetail.schema.SchemaNames;
import dev.dovetail.schema.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares one table that is in both schemas: its columns, primary key, indexes and foreign keys. Constraints
 * of the older table are first translated to the new table and column names, so that a key that only
 * follows a rename is renamed, not dropped and added.
 */
final class TableDiff {
  private final DiffPlanner planner;
  private final TableDef before;
  private final TableDef after;
  private final Map<String, String> columns;
  private final String table;

  TableDiff(DiffPlanner planner, TablePair pair) {
    this.planner = planner;
    this.before = pair.before();
    this.after = pair.after();
    this.columns = pair.columns();
    this.table = after.name();
  }

  void columnsAndPrimaryKey() {
    Map<String, String> formerNames = new LinkedHashMap<>();
    columns.forEach((former, now) -> formerNames.put(now, former));
    columns.forEach((former, now) -> {
      if (!former.equals(now)) {
        planner.add(Phase.RENAME_COLUMN, new RenameColumn(table, former, now));
      }
    });
    for (ColumnDef column : after.columns()) {
      String former = formerNames.get(column.name());
      String backfill = planner.options.backfill(table, column.name());
      if (former == null) {
        planner.add(Phase.ADD_COLUMN, new AddColumn(table, column, backfill));
        continue;
      }
      ColumnDef old = before.column(former).orElseThrow();
      ColumnDef renamed = new ColumnDef(column.name(), old.type(), old.length(), old.precision(), old.scale(),
          old.nullable(), old.identity(), old.defaultValue());
      if (!renamed.equals(column)) {
        planner.add(Phase.ALTER_COLUMN, new AlterColumn(table, renamed, column, backfill));
        if (old.type() != column.type() || old.length() != column.length() || old.precision() != column.precision()
            || old.scale() != column.scale()) {
          planner.typeChanged.add(table + "." + column.name());
        }
      }
    }
    for (ColumnDef column : before.columns()) {
      if (!columns.containsKey(column.name())) {
        planner.add(Phase.DROP_COLUMN, new DropColumn(table, column));
      }
    }
    String formerKey = SchemaNames.primaryKey(before.name());
    String newKey = SchemaNames.primaryKey(table);
    List<String> translated = before.primaryKey().stream().map(c -> columns.getOrDefault(c, c)).toList();
    if (!translated.equals(after.primaryKey())) {
      planner.primaryKeyChanged.add(table);
      if (!before.primaryKey().isEmpty()) {
        planner.add(Phase.DROP_PRIMARY_KEY, new DropPrimaryKey(table, formerKey, translated));
      }
      if (!after.primaryKey().isEmpty()) {
        planner.add(Phase.ADD_PRIMARY_KEY, new AddPrimaryKey(table, newKey, after.primaryKey()));
      }
    } else if (!formerKey.equals(newKey) && !after.primaryKey().isEmpty()) {
      planner.add(Phase.RENAME_CONSTRAINT, new RenameConstraint(table, formerKey, newKey));
    }
  }

  void indexesAndForeignKeys() {
    List<IndexDef> formerIndexes = new ArrayList<>(before.indexes());
    for (IndexDef index : after.indexes()) {
      IndexDef match = find(formerIndexes, old -> translate(old).equals(index));
      if (match == null) {
        match = find(formerIndexes, old -> sameIndex(translate(old), index));
        if (match != null) {
          planner.add(Phase.RENAME_CONSTRAINT, new RenameIndex(table, match.name(), index.name()));
        } else {
          planner.add(Phase.ADD_INDEX, new AddIndex(table, index));
        }
      }
    }
    formerIndexes.forEach(old -> planner.add(Phase.DROP_INDEX, new DropIndex(before.name(), old)));

    List<ForeignKeyDef> formerKeys = new ArrayList<>(before.foreignKeys());
    for (ForeignKeyDef fk : after.foreignKeys()) {
      ForeignKeyDef match = find(formerKeys, old -> fk.equals(translate(old)));
      if (match == null) {
        match = find(formerKeys, old -> sameForeignKey(translate(old), fk));
      }
      if (match == null) {
        planner.add(Phase.ADD_FOREIGN_KEY, new AddForeignKey(table, fk));
      } else if (mustRebuild(fk)) {
        planner.add(Phase.DROP_FOREIGN_KEY, new DropForeignKey(before.name(), match));
        planner.add(Phase.ADD_FOREIGN_KEY, new AddForeignKey(table, fk));
      } else if (!match.name().equals(fk.name())) {
        planner.add(Phase.RENAME_CONSTRAINT, new RenameConstraint(table, match.name(), fk.name()));
      }
    }
    formerKeys.forEach(old -> planner.add(Phase.DROP_FOREIGN_KEY, new DropForeignKey(before.name(), old)));
  }

  /** Whether the columns a foreign key joins change type, or the key it refers to changes: then it is rebuilt. */
  private boolean mustRebuild(ForeignKeyDef fk) {
    return planner.primaryKeyChanged.contains(fk.referencedTable())
        || fk.columns().stream().anyMatch(c -> planner.typeChanged.contains(table + "." + c))
        || fk.referencedColumns().stream()
            .anyMatch(c -> planner.typeChanged.contains(fk.referencedTable() + "." + c));
  }

  private IndexDef translate(IndexDef index) {
    return new IndexDef(index.name(), index.columns().stream().map(this::column).toList(), index.unique());
  }

  private static boolean sameIndex(IndexDef a, IndexDef b) {
    return a.columns().equals(b.columns()) && a.unique() == b.unique();
  }

  private ForeignKeyDef translate(ForeignKeyDef fk) {
    String referenced = planner.tableNames.get(fk.referencedTable());
    if (referenced == null) {
      return new ForeignKeyDef(fk.name(), List.of(), "", List.of(), fk.onDelete());
    }
    Map<String, String> referencedColumns = planner.pairs.get(referenced).columns();
    return new ForeignKeyDef(fk.name(), fk.columns().stream().map(this::column).toList(), referenced,
        fk.referencedColumns().stream().map(c -> Objects.requireNonNullElse(referencedColumns.get(c), "")).toList(),
        fk.onDelete());
  }

  private static boolean sameForeignKey(ForeignKeyDef a, ForeignKeyDef b) {
    return a.columns().equals(b.columns()) && a.referencedTable().equals(b.referencedTable())
        && a.referencedColumns().equals(b.referencedColumns()) && a.onDelete() == b.onDelete();
  }

  /** The new name of a former column; "" (which names no column) when it is gone. */
  private String column(String former) {
    return columns.getOrDefault(former, "");
  }

  private static <T> T find(List<T> candidates, java.util.function.Predicate<T> test) {
    for (int i = 0; i < candidates.size(); i++) {
      if (test.test(candidates.get(i))) {
        return candidates.remove(i);
      }
    }
    return null;
  }
}
