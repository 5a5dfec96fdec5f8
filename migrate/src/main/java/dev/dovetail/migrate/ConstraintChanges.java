package dev.dovetail.migrate;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.migrate.alter.Alter;
import dev.dovetail.schema.ForeignKeyDef;
import dev.dovetail.schema.IndexDef;
import java.util.List;

/**
 * The changes to primary keys, foreign keys and indexes of tables that stay. Each drop is the undoing of the
 * matching add, and says so: its statements are the add's, the other way round.
 */
public final class ConstraintChanges {
  private ConstraintChanges() {}

  /**
   * A foreign key to add.
   *
   * @param table the referencing table
   * @param foreignKey the key
   */
  public record AddForeignKey(String table, ForeignKeyDef foreignKey) implements Change {
    @Override
    public String describe() {
      return "+ foreign key " + foreignKey.name() + ": " + render(table, foreignKey);
    }

    @Override
    public List<String> up(Dialect dialect) {
      return List.of(dialect.addForeignKey(table, foreignKey));
    }

    @Override
    public List<String> down(Dialect dialect) {
      return List.of(Alter.of(dialect).dropForeignKey(table, foreignKey.name()));
    }
  }

  /**
   * A foreign key to drop: gone from the model, or to be added again after the columns it joins change.
   *
   * @param table the referencing table
   * @param foreignKey the key as the previous snapshot has it
   */
  public record DropForeignKey(String table, ForeignKeyDef foreignKey) implements Change {
    @Override
    public String describe() {
      return "- foreign key " + foreignKey.name() + ": " + render(table, foreignKey);
    }

    @Override
    public List<String> up(Dialect dialect) {
      return new AddForeignKey(table, foreignKey).down(dialect);
    }

    @Override
    public List<String> down(Dialect dialect) {
      return new AddForeignKey(table, foreignKey).up(dialect);
    }
  }

  /**
   * A primary or foreign key whose deterministic name changed with its table's or a column's name.
   *
   * @param table the table, by its new name
   * @param from the former constraint name
   * @param to the new constraint name
   */
  public record RenameConstraint(String table, String from, String to) implements Change {
    @Override
    public String describe() {
      return "~ constraint " + from + " of " + table + " renamed to " + to;
    }

    @Override
    public List<String> up(Dialect dialect) {
      return List.of(Alter.of(dialect).renameConstraint(table, from, to));
    }

    @Override
    public List<String> down(Dialect dialect) {
      return List.of(Alter.of(dialect).renameConstraint(table, to, from));
    }
  }

  /**
   * An index (a unique one is a unique constraint) to create.
   *
   * @param table the table
   * @param index the index
   */
  public record AddIndex(String table, IndexDef index) implements Change {
    @Override
    public String describe() {
      return "+ " + render(table, index);
    }

    @Override
    public List<String> up(Dialect dialect) {
      return List.of(dialect.createIndex(table, index));
    }

    @Override
    public List<String> down(Dialect dialect) {
      return List.of(Alter.of(dialect).dropIndex(table, index.name()));
    }
  }

  /**
   * An index to drop.
   *
   * @param table the table, by the name it has when the index is dropped
   * @param index the index as the previous snapshot has it
   */
  public record DropIndex(String table, IndexDef index) implements Change {
    @Override
    public String describe() {
      return "- " + render(table, index);
    }

    @Override
    public List<String> up(Dialect dialect) {
      return new AddIndex(table, index).down(dialect);
    }

    @Override
    public List<String> down(Dialect dialect) {
      return new AddIndex(table, index).up(dialect);
    }
  }

  /**
   * An index whose deterministic name changed with its table's or a column's name.
   *
   * @param table the table, by its new name
   * @param from the former index name
   * @param to the new index name
   */
  public record RenameIndex(String table, String from, String to) implements Change {
    @Override
    public String describe() {
      return "~ index " + from + " of " + table + " renamed to " + to;
    }

    @Override
    public List<String> up(Dialect dialect) {
      return List.of(Alter.of(dialect).renameIndex(table, from, to));
    }

    @Override
    public List<String> down(Dialect dialect) {
      return List.of(Alter.of(dialect).renameIndex(table, to, from));
    }
  }

  /**
   * A primary key to drop, before its columns change; {@link AddPrimaryKey} puts the new one.
   *
   * @param table the table, by the name it has when the key is dropped
   * @param name the constraint name
   * @param columns the key's columns, as they are named when it is dropped
   */
  public record DropPrimaryKey(String table, String name, List<String> columns) implements Change {
    /** Copies the list. */
    public DropPrimaryKey {
      columns = List.copyOf(columns);
    }

    @Override
    public String describe() {
      return "- primary key " + name + " of " + table + columns;
    }

    @Override
    public List<String> up(Dialect dialect) {
      return new AddPrimaryKey(table, name, columns).down(dialect);
    }

    @Override
    public List<String> down(Dialect dialect) {
      return new AddPrimaryKey(table, name, columns).up(dialect);
    }
  }

  /**
   * A primary key to add, once its columns exist and are {@code NOT NULL}.
   *
   * @param table the table
   * @param name the constraint name
   * @param columns the key's columns
   */
  public record AddPrimaryKey(String table, String name, List<String> columns) implements Change {
    /** Copies the list. */
    public AddPrimaryKey {
      columns = List.copyOf(columns);
    }

    @Override
    public String describe() {
      return "+ primary key " + name + " of " + table + columns;
    }

    @Override
    public List<String> up(Dialect dialect) {
      return List.of(Alter.of(dialect).addPrimaryKey(table, name, columns));
    }

    @Override
    public List<String> down(Dialect dialect) {
      return List.of(Alter.of(dialect).dropPrimaryKey(table, name));
    }
  }

  private static String render(String table, IndexDef index) {
    return (index.unique() ? "unique index " : "index ") + index.name() + " on " + table + index.columns();
  }

  private static String render(String table, ForeignKeyDef fk) {
    return table + fk.columns() + " -> " + fk.referencedTable() + fk.referencedColumns() + " ON DELETE "
        + fk.onDelete().name().replace('_', ' ');
  }
}
