package dev.dovetail.migrate;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.migrate.alter.Alter;
import dev.dovetail.schema.ColumnDef;
import java.util.List;

/**
 * One step of a migration found by {@link SchemaDiff}: what it does in words, the statements that make it
 * ({@link #up}) and those that undo it ({@link #down}), in a dialect. A change's {@code down} run right after
 * its {@code up} leaves the schema as it was, so the down part of a migration is the downs in reverse order.
 *
 * <p>The kinds of change are the records in {@link TableChanges}, {@link ColumnChanges} and
 * {@link ConstraintChanges}.
 */
public interface Change {

  /** What the change does, for people: {@code + column students.email VARCHAR(255)}. */
  String describe();

  /** The statements that make the change, without a trailing {@code ;}. */
  List<String> up(Dialect dialect);

  /** The statements that undo it, without a trailing {@code ;}. */
  List<String> down(Dialect dialect);

  /**
   * Whether {@link #up} destroys rows or values (dropping a table or a column), or may (a type change not known to
   * keep every value).
   */
  default boolean destroysData() {
    return false;
  }

  /** What the data-loss warning before a change that {@link #destroysData} says, after {@code WARNING: }. */
  default String lossWarning() {
    return "drops data";
  }

  /** Whether {@link #down} destroys rows or values (undoing the creation of a table or a column). */
  default boolean downDestroysData() {
    return false;
  }

  /** {@code VARCHAR(255)}, {@code DECIMAL(10, 2)}: a column's logical type, for descriptions. */
  static String typeName(ColumnDef column) {
    return switch (column.type()) {
      case VARCHAR -> "VARCHAR(" + column.length() + ")";
      case DECIMAL -> "DECIMAL(" + column.precision() + ", " + column.scale() + ")";
      default -> column.type().name();
    };
  }

  /** The type and nullability of a column, for descriptions. */
  static String typeAndNullability(ColumnDef column) {
    return typeName(column) + (column.nullable() ? "" : " NOT NULL") + (column.identity() ? " IDENTITY" : "")
        + (column.defaultValue() == null ? "" : " DEFAULT " + column.defaultValue());
  }

  /**
   * The SQL value a column's existing rows (or its {@code NULL}s, when it becomes {@code NOT NULL}) are filled
   * with: the {@code backfill} given for it, else its default, else its type's zero value.
   */
  static String fill(Dialect dialect, ColumnDef column, String backfill) {
    if (backfill != null) {
      return backfill;
    }
    return column.defaultValue() != null ? dialect.defaultSql(column)
        : Alter.of(dialect).zeroValue(column);
  }

  /** What {@link #fill} fills with, for people. */
  static String fillName(ColumnDef column, String backfill) {
    return backfill != null ? backfill
        : column.defaultValue() != null ? "its default, " + column.defaultValue() : "the type's zero value";
  }

  /** {@code UPDATE t SET c = value WHERE c IS NULL}: fills a column before it becomes {@code NOT NULL}. */
  static String backfill(Dialect dialect, String table, String column, String value) {
    return "UPDATE " + dialect.quote(table) + " SET " + dialect.quote(column) + " = " + value + " WHERE "
        + dialect.quote(column) + " IS NULL";
  }
}
