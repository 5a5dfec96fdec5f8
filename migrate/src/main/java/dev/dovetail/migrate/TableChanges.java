package dev.dovetail.migrate;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.migrate.alter.Alter;
import dev.dovetail.schema.ForeignKeyDef;
import dev.dovetail.schema.IndexDef;
import dev.dovetail.schema.TableDef;
import java.util.ArrayList;
import java.util.List;

/** The changes that create, drop and rename whole tables. */
public final class TableChanges {
  private TableChanges() {}

  /**
   * A new table, with its indexes and the foreign keys that can be declared inline (those to tables that
   * exist when it is created); the others are separate {@link ConstraintChanges.AddForeignKey} changes.
   *
   * @param table the table as the model has it
   * @param inlineForeignKeys the foreign keys declared in its {@code CREATE TABLE}
   */
  public record CreateTable(TableDef table, List<ForeignKeyDef> inlineForeignKeys) implements Change {
    /** Copies the list. */
    public CreateTable {
      inlineForeignKeys = List.copyOf(inlineForeignKeys);
    }

    @Override
    public String describe() {
      return "+ table " + table.name() + (isAssociation(table) ? " (association table of "
          + String.join(" and ", table.foreignKeys().stream().map(ForeignKeyDef::referencedTable).toList()) + ")"
          : "");
    }

    @Override
    public List<String> up(Dialect dialect) {
      List<String> out = new ArrayList<>();
      out.add(dialect.createTable(table, inlineForeignKeys));
      for (IndexDef index : table.indexes()) {
        out.add(dialect.createIndex(table.name(), index));
      }
      return out;
    }

    @Override
    public List<String> down(Dialect dialect) {
      return List.of(dialect.dropTable(table.name()));
    }

    @Override
    public boolean downDestroysData() {
      return true;
    }
  }

  /**
   * A table that is gone from the model, with its rows. Its foreign keys are dropped by separate changes
   * first, so {@link #down} recreates it without them.
   *
   * @param table the table as the previous snapshot has it
   */
  public record DropTable(TableDef table) implements Change {
    @Override
    public String describe() {
      return "- table " + table.name() + " (drops its rows)";
    }

    @Override
    public List<String> up(Dialect dialect) {
      return List.of(dialect.dropTable(table.name()));
    }

    @Override
    public List<String> down(Dialect dialect) {
      return new CreateTable(table, List.of()).up(dialect);
    }

    @Override
    public boolean destroysData() {
      return true;
    }
  }

  /**
   * A table renamed (from a {@code @RenamedFrom} hint): its rows, columns and constraints stay.
   *
   * @param from the former name
   * @param to the new name
   */
  public record RenameTable(String from, String to) implements Change {
    @Override
    public String describe() {
      return "~ table " + from + " renamed to " + to;
    }

    @Override
    public List<String> up(Dialect dialect) {
      return List.of(Alter.of(dialect).renameTable(from, to));
    }

    @Override
    public List<String> down(Dialect dialect) {
      return List.of(Alter.of(dialect).renameTable(to, from));
    }
  }

  /**
   * Whether a table is an association table: a primary key made of its foreign keys' columns and nothing
   * else, as the processor writes for a {@code @ManyToMany}.
   */
  static boolean isAssociation(TableDef table) {
    List<String> fkColumns = table.foreignKeys().stream().flatMap(fk -> fk.columns().stream()).toList();
    return table.foreignKeys().size() == 2 && table.columns().size() == fkColumns.size()
        && fkColumns.containsAll(table.primaryKey()) && table.primaryKey().containsAll(fkColumns);
  }
}
