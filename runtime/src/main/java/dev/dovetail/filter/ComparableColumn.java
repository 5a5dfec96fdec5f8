package dev.dovetail.filter;

import dev.dovetail.schema.ColumnType;

/**
 * A column whose values have an order: numbers, text, points in time, dates. Comparisons are the database's
 * ({@code <} on text follows the column's collation).
 *
 * @param <E> the entity owning the column
 * @param <V> the Java type of its values
 */
public class ComparableColumn<E, V extends Comparable<? super V>> extends Column<E, V> {
  /**
   * Made by the generated metamodel.
   *
   * @param table the table's name
   * @param name the column's name
   * @param type the column's logical type
   */
  public ComparableColumn(String table, String name, ColumnType type) {
    super(table, name, type);
  }

  /** {@code column < value}. */
  public final Condition lt(V value) {
    return new Condition.Comparison(this, " < ", value);
  }

  /** {@code column <= value}. */
  public final Condition le(V value) {
    return new Condition.Comparison(this, " <= ", value);
  }

  /** {@code column > value}. */
  public final Condition gt(V value) {
    return new Condition.Comparison(this, " > ", value);
  }

  /** {@code column >= value}. */
  public final Condition ge(V value) {
    return new Condition.Comparison(this, " >= ", value);
  }

  /** {@code column BETWEEN low AND high}: both ends included. */
  public final Condition between(V low, V high) {
    return new Condition.Between(this, low, high);
  }
}
