package dev.dovetail.filter;

import java.util.Objects;

/**
 * One key of an {@code ORDER BY}: a column of the metamodel and a direction, made by {@link Column#asc()} and
 * {@link Column#desc()}: {@code query.orderBy(Post_.TIMESTAMP.desc(), Post_.ID.desc())}.
 */
public final class Ordering {
  private final Column<?, ?> column;
  private final boolean descending;

  Ordering(Column<?, ?> column, boolean descending) {
    this.column = Objects.requireNonNull(column, "column");
    this.descending = descending;
  }

  /** The column ordered by. */
  public Column<?, ?> column() {
    return column;
  }

  /** Whether the order is descending. */
  public boolean descending() {
    return descending;
  }

  /** Renders {@code alias.column ASC} or {@code DESC}. */
  public void render(Rendering out) {
    out.column(column).text(descending ? " DESC" : " ASC");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ordering other && other.column.equals(column) && other.descending == descending;
  }

  @Override
  public int hashCode() {
    return column.hashCode() * 31 + Boolean.hashCode(descending);
  }

  @Override
  public String toString() {
    return column + (descending ? " DESC" : " ASC");
  }
}
