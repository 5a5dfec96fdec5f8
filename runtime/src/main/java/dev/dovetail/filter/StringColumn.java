package dev.dovetail.filter;

import dev.dovetail.schema.ColumnType;

/**
 * A text column: compares like any ordered column, and matches patterns. {@link #startsWith},
 * {@link #endsWith} and {@link #contains} match their argument literally, its {@code %} and {@code _}
 * included; {@link #like} takes a pattern whose wildcards are yours. Case sensitivity is the database's
 * (PostgreSQL and H2 compare case-sensitively, MariaDB and MySQL by default do not).
 *
 * @param <E> the entity owning the column
 */
public class StringColumn<E> extends ComparableColumn<E, String> {
  /**
   * Made by the generated metamodel.
   *
   * @param table the table's name
   * @param name the column's name
   * @param type the column's logical type ({@code VARCHAR}, {@code TEXT} or {@code CHAR})
   */
  public StringColumn(String table, String name, ColumnType type) {
    super(table, name, type);
  }

  /**
   * {@code column LIKE pattern}, where {@code %} matches any text and {@code _} one character; write
   * {@code !%}, {@code !_} and {@code !!} for the characters themselves (the escape is {@code !}, which every
   * supported database reads the same way).
   */
  public final Condition like(String pattern) {
    return new Condition.Like(this, pattern);
  }

  /** Values beginning with {@code prefix}, taken literally. */
  public final Condition startsWith(String prefix) {
    return new Condition.Like(this, Condition.Like.escape(requireText(prefix, "startsWith")) + "%");
  }

  /** Values ending with {@code suffix}, taken literally. */
  public final Condition endsWith(String suffix) {
    return new Condition.Like(this, "%" + Condition.Like.escape(requireText(suffix, "endsWith")));
  }

  /** Values containing {@code part}, taken literally. */
  public final Condition contains(String part) {
    return new Condition.Like(this, "%" + Condition.Like.escape(requireText(part, "contains")) + "%");
  }

  private String requireText(String value, String method) {
    if (value == null) {
      throw new NullPointerException(method + "(null) on " + this + ": give a text");
    }
    return value;
  }
}
