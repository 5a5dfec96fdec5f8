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
import dev.dovetail.migrate.TableChanges.CreateTable;
import dev.dovetail.migrate.TableChanges.DropTable;
import dev.dovetail.schema.IndexDef;
import dev.dovetail.schema.TableDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changes of a diff as SQLite can run them. SQLite adds, drops and renames columns and tables, and creates
 * and drops indexes, but alters nothing else of an existing table and has no named constraints to add or drop:
 * every table with such a change is rebuilt ({@link RebuildTable}) in place of its steps. New tables declare all
 * their foreign keys inline and dropped tables keep theirs, since foreign keys are off while a migration runs.
 */
final class SqlitePlan {
  private final DiffPlanner planner;
  private final Map<Phase, List<Change>> phases;
  private final Set<String> rebuilt = new LinkedHashSet<>();
  private final Set<String> created = new LinkedHashSet<>();
  private final Set<String> dropped = new LinkedHashSet<>();
  private final Map<String, List<String>> why = new HashMap<>();

  SqlitePlan(DiffPlanner planner, Map<Phase, List<Change>> phases) {
    this.planner = planner;
    this.phases = phases;
  }

  List<Change> changes() {
    planner.to.tables().stream().map(TableDef::name).filter(t -> !planner.pairs.containsKey(t))
        .forEach(created::add);
    planner.from.tables().stream().map(TableDef::name).filter(t -> !planner.tableNames.containsKey(t))
        .forEach(dropped::add);
    for (List<Change> changes : phases.values()) {
      for (Change change : changes) {
        String table = pairedTable(change);
        if (table != null) {
          why.computeIfAbsent(table, t -> new ArrayList<>()).add(change.describe());
          if (needsRebuild(change)) {
            rebuilt.add(table);
          }
        }
      }
    }
    List<Change> out = new ArrayList<>();
    for (Map.Entry<Phase, List<Change>> phase : phases.entrySet()) {
      if (phase.getKey() == Phase.ALTER_COLUMN) {
        planner.to.tables().stream().map(TableDef::name).filter(rebuilt::contains).forEach(t -> out.add(rebuild(t)));
      }
      for (Change change : phase.getValue()) {
        String table = pairedTable(change);
        if (table != null && rebuilt.contains(table)
            || change instanceof DropForeignKey d && dropped.contains(d.table())
            || change instanceof AddForeignKey a && created.contains(a.table())) {
          continue;
        }
        if (change instanceof CreateTable c) {
          out.add(new CreateTable(c.table(), c.table().foreignKeys()));
        } else if (change instanceof DropTable d) {
          out.add(new DropTableWithKeys(d.table()));
        } else {
          out.add(change);
        }
      }
    }
    return out;
  }

  /** The new name of the table in both schemas that a change is about, or {@code null}. */
  private String pairedTable(Change change) {
    String name = null;
    if (change instanceof DropForeignKey c) {
      name = planner.tableNames.get(c.table());
    } else if (change instanceof DropIndex c) {
      name = planner.tableNames.get(c.table());
    } else if (change instanceof AddColumn c) {
      name = c.table();
    } else if (change instanceof DropColumn c) {
      name = c.table();
    } else if (change instanceof AlterColumn c) {
      name = c.table();
    } else if (change instanceof RenameColumn c) {
      name = c.table();
    } else if (change instanceof AddForeignKey c) {
      name = c.table();
    } else if (change instanceof RenameConstraint c) {
      name = c.table();
    } else if (change instanceof AddIndex c) {
      name = c.table();
    } else if (change instanceof RenameIndex c) {
      name = c.table();
    } else if (change instanceof AddPrimaryKey c) {
      name = c.table();
    } else if (change instanceof DropPrimaryKey c) {
      name = c.table();
    }
    return name != null && planner.pairs.containsKey(name) ? name : null;
  }

  /**
   * Whether SQLite must rebuild the table for the change: {@code ADD COLUMN} takes neither a {@code NOT NULL} column
   * nor a default that is an expression (the current time).
   */
  private static boolean needsRebuild(Change change) {
    return change instanceof AlterColumn
        || change instanceof AddColumn a && (!a.column().nullable() || a.column().identity()
            || a.column().defaultValue() != null && a.column().defaultValue().isNow())
        || change instanceof AddPrimaryKey || change instanceof DropPrimaryKey
        || change instanceof AddForeignKey || change instanceof DropForeignKey || change instanceof RenameConstraint
        || change instanceof RenameIndex;
  }

  private RebuildTable rebuild(String table) {
    TablePair pair = planner.pairs.get(table);
    Map<String, String> sources = new LinkedHashMap<>();
    pair.columns().forEach((former, now) -> sources.put(now, former));
    Map<String, String> backfills = new LinkedHashMap<>();
    pair.after().columns().forEach(c -> {
      String value = planner.options.backfill(table, c.name());
      if (value != null) {
        backfills.put(c.name(), value);
      }
    });
    return new RebuildTable(table, RebuildTable.named(table, pair.before()), pair.after(), sources, backfills,
        why.get(table));
  }

  /**
   * A table dropped with its foreign keys, which SQLite cannot drop on their own: undoing it creates the table
   * with them.
   *
   * @param table the table as the previous snapshot has it
   */
  record DropTableWithKeys(TableDef table) implements Change {
    @Override
    public String describe() {
      return new DropTable(table).describe();
    }

    @Override
    public List<String> up(dev.dovetail.dialect.Dialect dialect) {
      return List.of(dialect.dropTable(table.name()));
    }

    @Override
    public List<String> down(dev.dovetail.dialect.Dialect dialect) {
      List<String> out = new ArrayList<>();
      out.add(dialect.createTable(table, table.foreignKeys()));
      for (IndexDef index : table.indexes()) {
        out.add(dialect.createIndex(table.name(), index));
      }
      return out;
    }

    @Override
    public boolean destroysData() {
      return true;
    }
  }
}
