package dev.dovetail.filter;

import dev.dovetail.schema.ColumnType;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/**
 * A column of an entity's table in its generated metamodel ({@code Post_.AUTHOR_ID}), typed by the Java type
 * of its property, so that javac checks what it is compared with: {@code Post_.AUTHOR_ID.eq(42L)} compiles,
 * {@code Post_.AUTHOR_ID.eq("42")} does not.
 *
 * <pre>{@code
 * db.users().followers(ada)
 *     .where(User_.USERNAME.startsWith("a").and(User_.ID.ne(ada.id())))
 *     .orderBy(User_.USERNAME.asc())
 *     .page(0, 20);
 * }</pre>
 *
 * <p>Columns whose values have an order ({@link ComparableColumn}) also compare with {@code lt}, {@code le},
 * {@code gt}, {@code ge} and {@code between}; text columns ({@link StringColumn}) also match patterns.
 *
 * @param <E> the entity owning the column
 * @param <V> the Java type of its values (boxed)
 */
public class Column<E, V> {
  private final String table;
  private final String name;
  private final ColumnType type;

  /**
   * Made by the generated metamodel.
   *
   * @param table the table's name
   * @param name the column's name
   * @param type the column's logical type, which decides how values are bound
   */
  public Column(String table, String name, ColumnType type) {
    this.table = Objects.requireNonNull(table, "table");
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
  }

  /** The table's name ({@code posts}). */
  public final String table() {
    return table;
  }

  /** The column's name ({@code author_id}). */
  public final String name() {
    return name;
  }

  /** The column's logical type. */
  public final ColumnType type() {
    return type;
  }

  /** {@code column = value}; {@code eq(null)} is {@link #isNull()}, since {@code = NULL} matches nothing. */
  public final Condition eq(V value) {
    return value == null ? isNull() : new Condition.Comparison(this, " = ", value);
  }

  /**
   * {@code column <> value} (SQL: a row whose column is NULL matches neither {@code eq} nor {@code ne});
   * {@code ne(null)} is {@link #isNotNull()}.
   */
  public final Condition ne(V value) {
    return value == null ? isNotNull() : new Condition.Comparison(this, " <> ", value);
  }

  /**
   * {@code column IN (values)}; with no values, matches nothing. Any number of values of an integer or text
   * column is taken, 100,000 as well as 3: past a thousand they are bound as one array or JSON parameter
   * rather than one parameter each. Other types take as many as the database binds in one statement.
   */
  public final Condition in(Collection<? extends V> values) {
    return new Condition.In(this, Objects.requireNonNull(values, "in: values"));
  }

  /** {@code column IN (values)}; with no values, matches nothing. */
  @SafeVarargs
  public final Condition in(V... values) {
    return new Condition.In(this, Arrays.asList(Objects.requireNonNull(values, "in: values")));
  }

  /** {@code column IS NULL}. */
  public final Condition isNull() {
    return new Condition.Null(this, false);
  }

  /** {@code column IS NOT NULL}. */
  public final Condition isNotNull() {
    return new Condition.Null(this, true);
  }

  /** Ascending order by this column. */
  public final Ordering asc() {
    return new Ordering(this, false);
  }

  /** Descending order by this column. */
  public final Ordering desc() {
    return new Ordering(this, true);
  }

  @Override
  public final boolean equals(Object o) {
    return o instanceof Column<?, ?> other && other.table.equals(table) && other.name.equals(name);
  }

  @Override
  public final int hashCode() {
    return table.hashCode() * 31 + name.hashCode();
  }

  /** {@code posts.author_id}. */
  @Override
  public final String toString() {
    return table + "." + name;
  }
}
