package dev.dovetail.schema;

import java.util.List;
import java.util.Optional;

/**
 * One table: its columns in order, its primary key, foreign keys and indexes.
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
}
