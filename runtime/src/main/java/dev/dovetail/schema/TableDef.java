package dev.dovetail.schema;

import dev.dovetail.OnDelete;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One table: its columns in order, its primary key, foreign keys and indexes.
 *
 * <p>Generated code builds its tables with {@link #builder}, one call per column, key and index, because
 * {@code javac} compiles a chain of plain calls much faster than nested {@code List.of(...)} expressions.
 *
 * @param name the table name, unquoted
 * @param columns the columns in declaration order
 * @param primaryKey the primary key columns, in key order
 * @param foreignKeys the foreign keys
 * @param indexes the indexes, unique ones included
 */
public record TableDef(
    String name,
    List<ColumnDef> columns,
    List<String> primaryKey,
    List<ForeignKeyDef> foreignKeys,
    List<IndexDef> indexes) {

  /** Copies the lists. */
  public TableDef {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    foreignKeys = List.copyOf(foreignKeys);
    indexes = List.copyOf(indexes);
  }

  /** The column of that name, if there is one. */
  public Optional<ColumnDef> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  /** A builder of the table {@code name}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Builds a {@link TableDef} one column, key and index at a time, in the order they are added. */
  public static final class Builder {
    private final String name;
    private final List<ColumnDef> columns = new ArrayList<>();
    private final List<String> primaryKey = new ArrayList<>();
    private final List<ForeignKeyDef> foreignKeys = new ArrayList<>();
    private final List<IndexDef> indexes = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /** Adds a column of a type that takes no size ({@link ColumnDef#of}). */
    public Builder column(String column, ColumnType type, boolean nullable) {
      columns.add(ColumnDef.of(column, type, nullable));
      return this;
    }

    /** Adds a column with every part given ({@link ColumnDef}'s components, in order). */
    public Builder column(
        String column, ColumnType type, int length, int precision, int scale, boolean nullable, boolean identity) {
      columns.add(new ColumnDef(column, type, length, precision, scale, nullable, identity));
      return this;
    }

    /** Gives the column added last the default {@code value}: a literal, or {@link ColumnDefault#now()}. */
    public Builder defaultValue(ColumnDefault value) {
      int last = columns.size() - 1;
      columns.set(last, columns.get(last).withDefault(value));
      return this;
    }

    /** Gives the column added last the literal default {@code canonical} ({@link ColumnDefault#literal}). */
    public Builder defaultValue(String canonical) {
      return defaultValue(ColumnDefault.literal(canonical));
    }

    /** Sets the primary key's columns, in key order. */
    public Builder primaryKey(String... keyColumns) {
      primaryKey.clear();
      primaryKey.addAll(List.of(keyColumns));
      return this;
    }

    /** Adds a one-column foreign key. */
    public Builder foreignKey(
        String constraint, String column, String referencedTable, String referencedColumn, OnDelete onDelete) {
      return foreignKey(constraint, new String[] {column}, referencedTable, new String[] {referencedColumn},
          onDelete);
    }

    /** Adds a foreign key of several columns, paired in order with the referenced ones. */
    public Builder foreignKey(
        String constraint, String[] keyColumns, String referencedTable, String[] referencedColumns,
        OnDelete onDelete) {
      foreignKeys.add(new ForeignKeyDef(constraint, List.of(keyColumns), referencedTable,
          List.of(referencedColumns), onDelete));
      return this;
    }

    /** Adds an index on {@code indexColumns}, in order; a unique one keeps a unique constraint. */
    public Builder index(String index, boolean unique, String... indexColumns) {
      indexes.add(new IndexDef(index, List.of(indexColumns), unique));
      return this;
    }

    /** The table. */
    public TableDef build() {
      return new TableDef(name, columns, primaryKey, foreignKeys, indexes);
    }
  }
}
