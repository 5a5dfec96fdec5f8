package dev.dovetail.runtime;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.filter.Rendering;
import dev.dovetail.schema.ColumnType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The conditions and orderings added to a {@link RelationQuery}, immutable: SQL with {@code ?} parameters,
 * and the values bound to them in order. A value from a typed filter carries its column's type; one from a
 * string fragment's named parameter has none, and is bound by its Java type.
 *
 * @param conditions the conditions, joined by {@code AND}
 * @param bound the values of their parameters, in order
 * @param named the values of named parameters so far, to refuse one name bound to two values
 * @param orderBy the {@code ORDER BY} keys, in order
 */
record QueryParts(List<String> conditions, List<Bound> bound, Map<String, Object> named, List<String> orderBy) {
  /** No condition, no ordering. */
  static final QueryParts NONE = new QueryParts(List.of(), List.of(), Map.of(), List.of());

  /**
   * A value to bind.
   *
   * @param value the value, or null
   * @param type its column's type, or null when only its Java type is known
   */
  record Bound(Object value, ColumnType type) {}

  /**
   * Adds a string fragment whose named parameters take their values from {@code values}.
   *
   * @throws IllegalArgumentException if {@link FragmentLexer} refuses the fragment, or a value is missing
   */
  QueryParts where(String condition, Map<String, ?> values, String description, FragmentSyntax syntax) {
    Objects.requireNonNull(condition, "condition");
    NamedParameters parsed;
    try {
      parsed = NamedParameters.parse(condition, syntax);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("where(\"" + Fragments.show(condition) + "\") on " + description
          + " is refused: " + e.getMessage() + ". " + Fragments.TRUSTED, e);
    }
    Map<String, Object> merged = new HashMap<>(named);
    List<Bound> more = new ArrayList<>();
    for (String name : parsed.names()) {
      if (!values.containsKey(name)) {
        throw new IllegalArgumentException("where(\"" + condition + "\") on " + description + " uses :" + name
            + " but no value was given for it; pass it in the map of values");
      }
      Object value = values.get(name);
      if (merged.containsKey(name) && !Objects.equals(merged.get(name), value)) {
        throw new IllegalArgumentException("parameter :" + name + " on " + description
            + " is bound twice with different values; give the second one another name");
      }
      merged.put(name, value);
      more.add(new Bound(value, null));
    }
    return new QueryParts(append(conditions, parsed.sql()), concat(bound, more), merged, orderBy);
  }

  /** Adds a rendered typed condition. */
  QueryParts where(Rendering rendered) {
    List<Bound> more = new ArrayList<>();
    for (int i = 0; i < rendered.values().size(); i++) {
      more.add(new Bound(rendered.values().get(i), rendered.types().get(i)));
    }
    return new QueryParts(append(conditions, rendered.sql()), concat(bound, more), named, orderBy);
  }

  /** Adds ordering keys. */
  QueryParts orderBy(List<String> keys) {
    List<String> out = new ArrayList<>(orderBy);
    out.addAll(keys);
    return new QueryParts(conditions, bound, named, List.copyOf(out));
  }

  /**
   * {@code  WHERE base AND (c1) AND (c2)}: each condition in parentheses of its own, which {@link FragmentLexer}
   * has checked it cannot close, so that it can only narrow the base condition's rows.
   */
  String where(String baseCondition) {
    StringBuilder out = new StringBuilder(" WHERE ").append(baseCondition);
    for (String condition : conditions) {
      out.append(" AND (").append(condition).append(')');
    }
    return out.toString();
  }

  /** {@code  ORDER BY k1, k2}, or nothing. */
  String orderClause() {
    return orderBy.isEmpty() ? "" : " ORDER BY " + String.join(", ", orderBy);
  }

  /** Binds the values from parameter {@code index}; returns the next free index. */
  int bind(PreparedStatement ps, int index, Dialect dialect) throws SQLException {
    for (Bound b : bound) {
      if (b.value() instanceof Rendering.Keys keys) {
        index = dialect.bindKeys(ps, index, keys.values(), b.type());
      } else if (b.type() == null) {
        dialect.bindValue(ps, index++, b.value());
      } else {
        dialect.bind(ps, index++, b.value(), b.type());
      }
    }
    return index;
  }

  private static <E> List<E> append(List<E> list, E item) {
    List<E> out = new ArrayList<>(list);
    out.add(item);
    return List.copyOf(out);
  }

  private static <E> List<E> concat(List<E> a, List<E> b) {
    List<E> out = new ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }
}
