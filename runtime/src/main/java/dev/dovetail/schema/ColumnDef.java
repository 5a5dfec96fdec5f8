package dev.dovetail.schema;

import java.util.Objects;

/**
 * One column of a table.
 *
 * @param name the column name, unquoted
 * @param type the logical type
 * @param length maximum length of a {@link ColumnType#VARCHAR}, 0 otherwise
 * @param precision total digits of a {@link ColumnType#DECIMAL}, 0 otherwise
 * @param scale digits after the point of a {@link ColumnType#DECIMAL}, 0 otherwise
 * @param nullable whether the column accepts {@code NULL}
 * @param identity whether the database assigns the value (an identity column)
 */
public record ColumnDef(
    String name, ColumnType type, int length, int precision, int scale, boolean nullable, boolean identity) {

  /** Validates the parts. */
  public ColumnDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /** A column of a type that takes no size. */
  public static ColumnDef of(String name, ColumnType type, boolean nullable) {
    return new ColumnDef(name, type, 0, 0, 0, nullable, false);
  }
}
