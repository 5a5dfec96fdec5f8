package dev.dovetail.migrate.alter;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.ColumnType;

/** PostgreSQL's {@code ALTER} statements: a type change converts with {@code USING}. */
final class PostgresAlter extends Alter {
  PostgresAlter(Dialect dialect) {
    super(dialect);
  }

  @Override
  public String alterColumnType(String table, ColumnDef column) {
    // USING converts the values there; without it PostgreSQL refuses every change with no implicit cast. To a
    // string it is left out: every type converts to one by assignment, which refuses a value too long where the
    // explicit cast of USING would cut it.
    String type = dialect.sqlType(column);
    String alter = "ALTER TABLE " + quote(table) + " ALTER COLUMN " + quote(column.name()) + " TYPE " + type;
    return switch (column.type()) {
      case CHAR, VARCHAR, TEXT -> alter;
      default -> alter + " USING " + quote(column.name()) + "::" + type;
    };
  }

  @Override
  public String zeroValue(ColumnDef column) {
    return column.type() == ColumnType.BINARY ? "''::bytea" : super.zeroValue(column);
  }
}
