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
 * @param defaultValue what a row written without the column gets, or {@code null} for none ({@code NULL})
 */
public record ColumnDef(
    String name, ColumnType type, int length, int precision, int scale, boolean nullable, boolean identity,
    ColumnDefault defaultValue) {

  /** Validates the parts. */
  public ColumnDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /** A column without a default. */
  public ColumnDef(
      String name, ColumnType type, int length, int precision, int scale, boolean nullable, boolean identity) {
    this(name, type, length, precision, scale, nullable, identity, null);
  }

  /** This column with another default ({@code null}: none). */
  public ColumnDef withDefault(ColumnDefault value) {
    return new ColumnDef(name, type, length, precision, scale, nullable, identity, value);
  }

  /** A column of a type that takes no size. */
  public static ColumnDef of(String name, ColumnType type, boolean nullable) {
    return new ColumnDef(name, type, 0, 0, 0, nullable, false);
  }
}
