package dev.dovetail.migrate.alter;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.ColumnType;

/**
 * MariaDB's (and MySQL's) {@code ALTER} statements: a column's type, nullability and identity change by
 * restating the whole column ({@code MODIFY}); keys and indexes are dropped and renamed per table.
 */
final class MariaDbAlter extends Alter {
  MariaDbAlter(Dialect dialect) {
    super(dialect);
  }

  /** {@code MODIFY} restates the column: its type, nullability and identity as {@code column} has them. */
  private String modify(String table, ColumnDef column) {
    return "ALTER TABLE " + quote(table) + " MODIFY " + dialect.columnDefinition(column)
        + (column.nullable() && !column.identity() ? " NULL" : "");
  }

  @Override
  public String alterColumnType(String table, ColumnDef column) {
    return modify(table, column);
  }

  @Override
  public String setNullability(String table, ColumnDef column, boolean nullable) {
    return modify(table, new ColumnDef(column.name(), column.type(), column.length(), column.precision(),
        column.scale(), nullable, column.identity(), column.defaultValue()));
  }

  @Override
  public String setIdentity(String table, ColumnDef column, boolean identity) {
    return modify(table, new ColumnDef(column.name(), column.type(), column.length(), column.precision(),
        column.scale(), column.nullable() && !identity, identity, identity ? null : column.defaultValue()));
  }

  /**
   * A primary key is always named {@code PRIMARY} here, so renaming one changes nothing; a foreign key cannot be
   * renamed at all (MariaDB has no {@code RENAME CONSTRAINT}), and keeps its name.
   */
  @Override
  public String renameConstraint(String table, String from, String to) {
    return "DO 0";
  }

  @Override
  public String renameIndex(String table, String from, String to) {
    return "ALTER TABLE " + quote(table) + " RENAME INDEX " + quote(from) + " TO " + quote(to);
  }

  @Override
  public String dropForeignKey(String table, String name) {
    return "ALTER TABLE " + quote(table) + " DROP FOREIGN KEY " + quote(name);
  }

  @Override
  public String dropIndex(String table, String name) {
    return "DROP INDEX " + quote(name) + " ON " + quote(table);
  }

  @Override
  public String dropPrimaryKey(String table, String constraintName) {
    return "ALTER TABLE " + quote(table) + " DROP PRIMARY KEY";
  }

  @Override
  public String zeroValue(ColumnDef column) {
    return column.type() == ColumnType.TIMESTAMP_TZ ? "TIMESTAMP '1970-01-01 00:00:00'" : super.zeroValue(column);
  }
}
