package dev.dovetail.filter;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.dialect.TextMatch;
import dev.dovetail.schema.ColumnType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Conditions and orderings being rendered into one statement: the SQL text, with a {@code ?} for every value,
 * and the values to bind in order, each with the type of the column it is compared with. Values are never
 * written into the text.
 *
 * <p>Made by the runtime for each {@code where}/{@code orderBy}; a column is written qualified by the alias
 * its table has in that statement ({@code t}, {@code j}).
 */
public final class Rendering {
  private final Dialect dialect;
  private final Function<String, String> aliases;
  private final StringBuilder sql = new StringBuilder();
  private final List<Object> values = new ArrayList<>();
  private final List<ColumnType> types = new ArrayList<>();

  /**
   * @param dialect the dialect quoting identifiers
   * @param aliases the alias of a table in the statement; it throws {@link IllegalArgumentException} for a
   *     table the statement does not read
   */
  public Rendering(Dialect dialect, Function<String, String> aliases) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.aliases = Objects.requireNonNull(aliases, "aliases");
  }

  /** Appends SQL text written by the library itself (operators, keywords). */
  Rendering text(String text) {
    sql.append(text);
    return this;
  }

  /** Appends {@code alias.column}, quoted as the dialect requires. */
  Rendering column(Column<?, ?> column) {
    sql.append(aliases.apply(column.table())).append('.').append(dialect.quote(column.name()));
    return this;
  }

  /** Appends a {@code ?} and records the value to bind to it. */
  Rendering value(Object value, ColumnType type) {
    sql.append('?');
    values.add(value);
    types.add(type);
    return this;
  }

  /** Appends the dialect's condition for {@code match} of the literal {@code text} in {@code column}. */
  Rendering textMatch(Column<?, ?> column, TextMatch match, String text) {
    // NUL stands for the column: the dialect's own SQL never holds one, nor a '?' other than the text's.
    String template = dialect.textMatch(match, "\0");
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '\0') {
        column(column);
      } else if (c == '?') {
        value(text, column.type());
      } else {
        sql.append(c);
      }
    }
    return this;
  }

  /**
   * Appends {@code column IN (values)} for more values than {@link Dialect#maxKeysPerQuery()}, as the dialect
   * binds many keys (an array or a JSON parameter), and records them as one {@link Keys} value.
   */
  Rendering keys(Column<?, ?> column, List<?> keys) {
    StringBuilder qualified = new StringBuilder().append(aliases.apply(column.table())).append('.')
        .append(dialect.quote(column.name()));
    sql.append(dialect.keysCondition(qualified.toString(), column.type(), keys.size()));
    values.add(new Keys(keys));
    types.add(column.type());
    return this;
  }

  /** Whether {@code count} values of {@code type} are bound by {@link #keys} rather than one parameter each. */
  boolean bindsAsKeys(ColumnType type, int count) {
    return count > dialect.maxKeysPerQuery() && dialect.bindsAsKeys(type);
  }

  /** The SQL rendered so far. */
  public String sql() {
    return sql.toString();
  }

  /**
   * The values to bind to the {@code ?}s of {@link #sql()}, in order; a {@link Keys} value is bound by
   * {@link Dialect#bindKeys}, and may take more than one parameter.
   */
  public List<Object> values() {
    return Collections.unmodifiableList(values);
  }

  /** The column type of each value, in order: how the dialect binds it. */
  public List<ColumnType> types() {
    return Collections.unmodifiableList(types);
  }

  /**
   * The values of a long {@code in(...)}, bound together by {@link Dialect#bindKeys}.
   *
   * @param values the values, none null
   */
  public record Keys(List<?> values) {}
}
