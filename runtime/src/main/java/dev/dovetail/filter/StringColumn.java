package dev.dovetail.filter;

import dev.dovetail.dialect.TextMatch;
import dev.dovetail.schema.ColumnType;

/**
 * A text column: compares like any ordered column, and matches text. {@link #contains}, {@link #startsWith}
 * and {@link #endsWith} take their argument literally, whatever it holds ({@code %}, {@code _}, backslashes,
 * NUL, any length), and are <b>case-sensitive on every database</b>, MariaDB and MySQL included (they compare the
 * characters' UTF-8 bytes there, whatever the column's collation) and SQLite (whose {@code LIKE} ignores the case
 * of ASCII letters). They are written without {@code LIKE}, so a database does not use an index for them.
 * {@link #like} takes a pattern whose wildcards are yours, and its case sensitivity is the database's
 * (PostgreSQL and H2 compare case-sensitively; MariaDB and MySQL by default, and SQLite for ASCII, do not).
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

  /** Values beginning with {@code prefix}, taken literally, case-sensitively; {@code ""} matches every value. */
  public final Condition startsWith(String prefix) {
    return new Condition.Match(this, TextMatch.STARTS_WITH, requireText(prefix, "startsWith"));
  }

  /** Values ending with {@code suffix}, taken literally, case-sensitively; {@code ""} matches every value. */
  public final Condition endsWith(String suffix) {
    return new Condition.Match(this, TextMatch.ENDS_WITH, requireText(suffix, "endsWith"));
  }

  /** Values containing {@code part}, taken literally, case-sensitively; {@code ""} matches every value. */
  public final Condition contains(String part) {
    return new Condition.Match(this, TextMatch.CONTAINS, requireText(part, "contains"));
  }

  private String requireText(String value, String method) {
    if (value == null) {
      throw new NullPointerException(method + "(null) on " + this + ": give a text");
    }
    return value;
  }
}
