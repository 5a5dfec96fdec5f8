package dev.dovetail.filter;

import dev.dovetail.dialect.TextMatch;
import dev.dovetail.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A condition on columns of the metamodel ({@code User_.USERNAME.startsWith("a")}), for
 * {@code RelationQuery.where(Condition)}. Conditions combine with {@link #and}, {@link #or} and {@link #not};
 * each renders as SQL with a {@code ?} per value and carries its values and their column types, so a value
 * is always bound, never concatenated.
 *
 * <p>Immutable and thread-safe. Only the metamodel makes conditions: the constructor is not public.
 */
public abstract class Condition {
  Condition() {}

  /** Renders this condition, qualifying each column by the alias of its table. */
  public abstract void render(Rendering out);

  /** Both this and {@code other}. */
  public final Condition and(Condition other) {
    return all(this, other);
  }

  /** This or {@code other}, or both. */
  public final Condition or(Condition other) {
    return any(this, other);
  }

  /** The opposite of this condition (SQL's {@code NOT}: a row where it is unknown, by a NULL, matches neither). */
  public final Condition not() {
    return new Not(this);
  }

  /** Every one of {@code conditions}; with none, always true. */
  public static Condition all(Condition... conditions) {
    return new Junction(" AND ", "1 = 1", List.of(conditions));
  }

  /** At least one of {@code conditions}; with none, always false. */
  public static Condition any(Condition... conditions) {
    return new Junction(" OR ", "1 = 0", List.of(conditions));
  }

  @Override
  public String toString() {
    Rendering out = new Rendering(dev.dovetail.dialect.Dialect.H2, table -> table);
    render(out);
    return out.sql() + " " + out.values();
  }

  /** {@code column op ?}. */
  static final class Comparison extends Condition {
    private final Column<?, ?> column;
    private final String operator;
    private final Object value;

    Comparison(Column<?, ?> column, String operator, Object value) {
      this.column = column;
      this.operator = operator;
      this.value = Objects.requireNonNull(value, () -> column + " " + operator.strip() + " null never matches: "
          + "compare with a value, or use isNull() / isNotNull()");
    }

    @Override
    public void render(Rendering out) {
      out.column(column).text(operator).value(value, column.type());
    }
  }

  /** {@code column IS [NOT] NULL}. */
  static final class Null extends Condition {
    private final Column<?, ?> column;
    private final boolean negated;

    Null(Column<?, ?> column, boolean negated) {
      this.column = column;
      this.negated = negated;
    }

    @Override
    public void render(Rendering out) {
      out.column(column).text(negated ? " IS NOT NULL" : " IS NULL");
    }
  }

  /**
   * {@code column IN (?, ?, ...)}; always false when there are no values. Past {@link
   * dev.dovetail.dialect.Dialect#maxKeysPerQuery()} values of an integer or text column, the values go as the
   * dialect binds many keys: one array (H2, PostgreSQL) or one JSON parameter (MariaDB, SQLite).
   */
  static final class In extends Condition {
    private final Column<?, ?> column;
    private final List<Object> values;

    In(Column<?, ?> column, Iterable<?> values) {
      this.column = column;
      List<Object> copy = new ArrayList<>();
      for (Object v : values) {
        copy.add(Objects.requireNonNull(v, () -> column + " IN (..., null) never matches the null: "
            + "use in(...).or(" + "isNull())"));
      }
      this.values = List.copyOf(copy);
    }

    @Override
    public void render(Rendering out) {
      if (values.isEmpty()) {
        out.text("1 = 0");
        return;
      }
      ColumnType type = column.type();
      if (out.bindsAsKeys(type, values.size())) {
        // More than any engine takes as parameters of one statement, in the end: PostgreSQL and MariaDB
        // stop at 65,535, SQLite at 32,766.
        out.keys(column, values);
        return;
      }
      out.column(column).text(" IN (");
      for (int i = 0; i < values.size(); i++) {
        out.text(i == 0 ? "" : ", ").value(values.get(i), type);
      }
      out.text(")");
    }
  }

  /** {@code column BETWEEN ? AND ?}, both ends included. */
  static final class Between extends Condition {
    private final Column<?, ?> column;
    private final Object low;
    private final Object high;

    Between(Column<?, ?> column, Object low, Object high) {
      this.column = column;
      this.low = Objects.requireNonNull(low, "between: low");
      this.high = Objects.requireNonNull(high, "between: high");
    }

    @Override
    public void render(Rendering out) {
      out.column(column).text(" BETWEEN ").value(low, column.type()).text(" AND ").value(high, column.type());
    }
  }

  /** {@code column LIKE ? ESCAPE '!'}: '!' rather than '\', which MySQL reads as a string escape. */
  static final class Like extends Condition {
    static final char ESCAPE = '!';
    private final Column<?, ?> column;
    private final String pattern;

    Like(Column<?, ?> column, String pattern) {
      this.column = column;
      this.pattern = Objects.requireNonNull(pattern, "like: pattern");
    }

    @Override
    public void render(Rendering out) {
      out.column(column).text(" LIKE ").value(pattern, column.type()).text(" ESCAPE '" + ESCAPE + "'");
    }
  }

  /** A literal text inside, at the start or at the end of a text column, as the dialect writes it. */
  static final class Match extends Condition {
    private final Column<?, ?> column;
    private final TextMatch match;
    private final String text;

    Match(Column<?, ?> column, TextMatch match, String text) {
      this.column = column;
      this.match = match;
      this.text = text;
    }

    @Override
    public void render(Rendering out) {
      if (text.isEmpty()) {
        // Every text contains the empty one; the dialects' forms need a character to look for.
        out.column(column).text(" IS NOT NULL");
      } else {
        out.textMatch(column, match, text);
      }
    }
  }

  /** {@code NOT (condition)}. */
  private static final class Not extends Condition {
    private final Condition condition;

    Not(Condition condition) {
      this.condition = Objects.requireNonNull(condition, "not: condition");
    }

    @Override
    public void render(Rendering out) {
      out.text("NOT (");
      condition.render(out);
      out.text(")");
    }
  }

  /** {@code (a AND b AND ...)} or {@code (a OR b OR ...)}. */
  private static final class Junction extends Condition {
    private final String operator;
    private final String empty;
    private final List<Condition> parts;

    Junction(String operator, String empty, List<Condition> parts) {
      this.operator = operator;
      this.empty = empty;
      parts.forEach(p -> Objects.requireNonNull(p, "a null condition"));
      this.parts = parts;
    }

    @Override
    public void render(Rendering out) {
      if (parts.isEmpty()) {
        out.text(empty);
        return;
      }
      out.text("(");
      for (int i = 0; i < parts.size(); i++) {
        out.text(i == 0 ? "" : operator);
        parts.get(i).render(out);
      }
      out.text(")");
    }
  }
}
