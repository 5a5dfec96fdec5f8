package dev.dovetail.runtime;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.filter.Condition;
import dev.dovetail.filter.Ordering;
import dev.dovetail.filter.Rendering;
import dev.dovetail.runtime.internal.DaoContext;
import dev.dovetail.runtime.internal.EntityMapping;
import dev.dovetail.runtime.internal.Sql;
import dev.dovetail.schema.ColumnType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The entities at the other end of a relationship, as a query not yet run: SQLAlchemy's
 * {@code lazy='dynamic'}. Each of {@link #where}, {@link #orderBy}, {@link #limit} and {@link #offset}
 * returns a new query; {@link #all}, {@link #count}, {@link #first} and {@link #contains} run it as one SQL
 * statement, and all of them answer for the same rows: {@code limit(1).count()} is at most 1, and
 * {@code contains} looks within the limited window. Nothing is cached: every call reads the database as it is.
 *
 * <p>In SQL fragments the target table is aliased {@value #TARGET} and, for a many-to-many relationship,
 * the association table {@value #LINK}:
 * {@code db.students().classes(s).where("t.name like :p", Map.of("p", "Alg%")).orderBy("t.name")}.
 * Values are always bound as parameters ({@code :name}), never written into the SQL. Fragment text itself
 * is trusted SQL: never build it from user input (see {@link #where(String, Map)}). Typed filters of the
 * generated metamodel need no aliases, and are the way to filter on what a user typed:
 * {@code db.students().classes(s).where(Course_.NAME.startsWith("Alg")).orderBy(Course_.NAME.asc())}.
 *
 * @param <T> the entity type at the other end
 */
public class RelationQuery<T> {
  /** Alias of the target entity's table in fragments. */
  public static final String TARGET = "t";
  /** Alias of the association table in fragments of a many-to-many relationship. */
  public static final String LINK = "j";

  /** The context statements run in. */
  protected final DaoContext ctx;
  /** The target entity's mapping. */
  protected final EntityMapping<T> target;
  /** {@code Student(id=1).classes}, for messages. */
  protected final String description;
  private final String from;
  private final String linkTable;
  private final String baseCondition;
  private final List<Object> baseParams;
  private final List<ColumnType> baseTypes;
  private final QueryParts parts;
  private final long limit;
  private final long offset;
  // Written once per entity or relationship (see Statements) rather than on every call.
  private final String columns;
  private final String plainSelect;
  // The relationship's declared order, rendered: used while no orderBy of a call replaces it.
  private final List<String> declaredOrder;

  /**
   * A query of the rows of {@code from} matching {@code baseCondition}.
   *
   * @param ctx the context to run in
   * @param target the mapping of the entities returned
   * @param description how the relationship is named in messages
   * @param from the {@code FROM} clause, the target aliased {@value #TARGET}
   * @param baseCondition the condition selecting the relationship's rows, with {@code ?} parameters
   * @param baseParams the values of those parameters
   * @param baseTypes their column types
   */
  protected RelationQuery(DaoContext ctx, EntityMapping<T> target, String description, String from,
      String baseCondition, List<Object> baseParams, List<ColumnType> baseTypes) {
    this(ctx, target, description, from, null, baseCondition, baseParams, baseTypes);
  }

  /**
   * A query of the rows of {@code from}, which joins the association table {@code linkTable} aliased
   * {@value #LINK}, matching {@code baseCondition}; typed filters may name that table's columns.
   *
   * @param ctx the context to run in
   * @param target the mapping of the entities returned
   * @param description how the relationship is named in messages
   * @param from the {@code FROM} clause, the target aliased {@value #TARGET}
   * @param linkTable the name of the table aliased {@value #LINK} in {@code from}, or null
   * @param baseCondition the condition selecting the relationship's rows, with {@code ?} parameters
   * @param baseParams the values of those parameters
   * @param baseTypes their column types
   */
  protected RelationQuery(DaoContext ctx, EntityMapping<T> target, String description, String from,
      String linkTable, String baseCondition, List<Object> baseParams, List<ColumnType> baseTypes) {
    this(ctx, target, description, from, linkTable, baseCondition, baseParams, baseTypes, null, List.of());
  }

  /**
   * The constructor of handles that know the SQL of {@link #all()} before any where, order or page, and the
   * relationship's declared order ({@code @ManyToMany(orderBy = ...)}), used until a call orders otherwise.
   */
  RelationQuery(DaoContext ctx, EntityMapping<T> target, String description, String from, String linkTable,
      String baseCondition, List<Object> baseParams, List<ColumnType> baseTypes, String plainSelect,
      List<String> declaredOrder) {
    this(ctx, target, description, from, linkTable, baseCondition, baseParams, baseTypes, QueryParts.NONE, -1, 0,
        target.statements(ctx.dialect()).targetColumns, plainSelect, declaredOrder);
  }

  private RelationQuery(DaoContext ctx, EntityMapping<T> target, String description, String from, String linkTable,
      String baseCondition, List<Object> baseParams, List<ColumnType> baseTypes, QueryParts parts, long limit,
      long offset, String columns, String plainSelect, List<String> declaredOrder) {
    this.declaredOrder = declaredOrder;
    this.columns = columns;
    this.plainSelect = plainSelect;
    this.ctx = ctx;
    this.target = target;
    this.description = description;
    this.from = from;
    this.linkTable = linkTable;
    this.baseCondition = baseCondition;
    this.baseParams = baseParams;
    this.baseTypes = baseTypes;
    this.parts = parts;
    this.limit = limit;
    this.offset = offset;
  }

  private RelationQuery<T> with(QueryParts parts, long limit, long offset) {
    return new RelationQuery<>(ctx, target, description, from, linkTable, baseCondition, baseParams, baseTypes,
        parts, limit, offset, columns, null, declaredOrder);
  }

  /**
   * Keeps the rows matching {@code condition}, an SQL condition without parameters: trusted SQL, never built
   * from user input; see {@link #where(String, Map)}.
   */
  public RelationQuery<T> where(String condition) {
    return where(condition, Map.of());
  }

  /**
   * Keeps the rows matching {@code condition}, whose one named parameter {@code :name} is {@code value}: the
   * condition is trusted SQL, the value may come from a user; see {@link #where(String, Map)}.
   */
  public RelationQuery<T> where(String condition, String name, Object value) {
    Map<String, Object> one = new HashMap<>();
    one.put(name, value);
    return where(condition, one);
  }

  /**
   * Keeps the rows matching {@code condition}, an SQL condition whose named parameters ({@code :name})
   * take their values from {@code values}. Conditions of successive calls are joined by {@code AND}.
   *
   * <p>The condition is trusted SQL: write it in code, never build it from user input. Values from users go
   * in as parameters ({@code :name}), or through the typed filters of the metamodel,
   * {@link #where(Condition)}. The condition is written in parentheses of its own after the relationship's
   * own condition, so it can only narrow the rows; it is lexed as its database lexes SQL, and refused if it
   * closes a parenthesis it did not open or leaves one open, holds {@code ;}, a comment ({@code --},
   * {@code /* *}{@code /}, {@code //}, and {@code #} on MariaDB), a positional {@code ?} or {@code $1}, a JDBC
   * escape, characters other than printable ASCII outside literals and quoted names, or a literal that the
   * server could end elsewhere depending on how it reads backslashes.
   *
   * @throws IllegalArgumentException naming the fragment, if it is refused or uses a parameter {@code values}
   *     lacks
   */
  public RelationQuery<T> where(String condition, Map<String, ?> values) {
    return with(parts.where(condition, values, description, FragmentSyntax.of(ctx.dialect())), limit, offset);
  }

  /**
   * Keeps the rows matching a typed condition of the metamodel:
   * {@code where(User_.USERNAME.startsWith("a"))}. Conditions of successive calls are joined by {@code AND}.
   *
   * @throws IllegalArgumentException if the condition names a column of a table this query does not read
   */
  public RelationQuery<T> where(Condition condition) {
    Objects.requireNonNull(condition, "condition");
    Rendering rendered = rendering();
    condition.render(rendered);
    return with(parts.where(rendered), limit, offset);
  }

  /**
   * Orders the rows by {@code ordering}: column references, each with an optional direction and null ordering,
   * comma-separated: {@code "t.name"}, {@code "name DESC"}, {@code "t.created_at ASC NULLS LAST, t.id"}. A name
   * without an alias, or after {@value #TARGET}, must be a column of the target's table; one after {@value #LINK}
   * names a column of the association table. Nothing else is accepted (no expression, function or subquery,
   * which could read other tables through the order of the rows); the typed orderings of the metamodel,
   * {@link #orderBy(Ordering...)}, say the same with the compiler's help. The first call replaces the order the
   * relationship declares ({@code @ManyToMany(orderBy = ...)}); successive calls add further keys.
   *
   * @throws IllegalArgumentException naming the fragment, if it is anything but such a list
   */
  public RelationQuery<T> orderBy(String ordering) {
    Objects.requireNonNull(ordering, "ordering");
    List<String> keys;
    try {
      keys = OrderByFragment.keys(ordering, target.table(), linkTable, ctx.dialect());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("orderBy(\"" + Fragments.show(ordering) + "\") on " + description
          + " is refused: " + e.getMessage() + ". " + OrderByFragment.ACCEPTED, e);
    }
    return with(parts.orderBy(keys), limit, offset);
  }

  /**
   * Orders the rows by columns of the metamodel: {@code orderBy(Post_.TIMESTAMP.desc(), Post_.ID.desc())}. The
   * first call replaces the order the relationship declares; successive calls add further keys. The columns of
   * a plain association table are in its owner's metamodel ({@code Student_.Classes.CLASS_ID}).
   *
   * @throws IllegalArgumentException if an ordering names a column of a table this query does not read
   */
  public RelationQuery<T> orderBy(Ordering... orderings) {
    QueryParts out = parts;
    for (Ordering ordering : orderings) {
      Rendering rendered = rendering();
      Objects.requireNonNull(ordering, "ordering").render(rendered);
      out = out.orderBy(List.of(rendered.sql()));
    }
    return with(out, limit, offset);
  }

  private Rendering rendering() {
    String targetTable = target.table().name();
    return new Rendering(ctx.dialect(), table -> {
      if (table.equals(targetTable)) {
        return TARGET;
      }
      if (table.equals(linkTable)) {
        return LINK;
      }
      throw new IllegalArgumentException("a filter on " + description + " names a column of table " + table
          + ", but the query reads " + targetTable + (linkTable == null ? "" : " and " + linkTable)
          + "; use the metamodel of " + (linkTable == null ? "that entity" : "one of those"));
    });
  }

  /** Returns at most {@code count} rows. */
  public RelationQuery<T> limit(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("limit must be 0 or more, was " + count);
    }
    return with(parts, count, offset);
  }

  /** Skips the first {@code count} rows. */
  public RelationQuery<T> offset(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("offset must be 0 or more, was " + count);
    }
    return with(parts, limit, count);
  }

  /** Page {@code index} (from 0) of {@code size} rows; order the query first for stable pages. */
  public List<T> page(int index, int size) {
    if (index < 0 || size <= 0) {
      throw new IllegalArgumentException("page(" + index + ", " + size + "): index must be 0 or more and size 1 or more");
    }
    return limit(size).offset((long) index * size).all();
  }

  /** Runs the query. */
  public List<T> all() {
    String sql = plainSelect != null ? plainSelect
        : "SELECT " + columns + " FROM " + from + where() + orderClause() + ctx.dialect().limitOffset(limit, offset);
    return Sql.run(ctx, description, sql, ps -> {
      bind(ps, 1);
      List<T> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(target.read(rs, 1, ctx.dialect()));
        }
      }
      return out;
    });
  }

  /** The first row, if any (within {@link #offset}; none after {@code limit(0)}). */
  public Optional<T> first() {
    List<T> one = limit(limit == 0 ? 0 : 1).all();
    return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
  }

  /**
   * Counts the rows {@link #all()} would return: those matching the conditions, less the {@link #offset} first
   * ones, at most {@link #limit} of them ({@code handle.limit(1).count()} is 0 or 1), as SQLAlchemy's
   * {@code query.limit(1).count()}. One {@code SELECT COUNT(*)} of the matching rows; the window is applied to
   * that number, since the order does not change how many rows a window holds.
   */
  public long count() {
    if (limit == 0) {
      return 0;
    }
    String sql = "SELECT COUNT(*) FROM " + from + where();
    long matching = Sql.run(ctx, description, sql, ps -> {
      bind(ps, 1);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
    long windowed = Math.max(0, matching - offset);
    return limit < 0 ? windowed : Math.min(limit, windowed);
  }

  /** Whether {@link #all()} would return no rows (after {@link #offset}, within {@link #limit}). */
  public boolean isEmpty() {
    if (limit == 0) {
      return true;
    }
    String sql = "SELECT 1 FROM " + from + where() + ctx.dialect().limitOffset(1, offset);
    return !Sql.run(ctx, description, sql, ps -> {
      bind(ps, 1);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    });
  }

  /**
   * Whether {@code entity} is among the rows {@link #all()} would return: with a {@link #limit} or an
   * {@link #offset}, within that window of the query's order (the declared one, or {@link #orderBy}'s), so
   * {@code handle.orderBy(Course_.NAME.asc()).limit(3).contains(c)} says whether {@code c} is among the first
   * three by name. Order a limited query for a window that does not change from one run to the next.
   */
  public boolean contains(T entity) {
    Object[] id = Sql.requireId(target, entity, "look for", description);
    if (limit == 0) {
      return false;
    }
    Dialect d = ctx.dialect();
    int[] idColumns = target.idColumns();
    StringBuilder sql = new StringBuilder();
    if (limit < 0 && offset == 0) {
      sql.append("SELECT 1 FROM ").append(from).append(where());
      for (int idColumn : idColumns) {
        sql.append(" AND ").append(TARGET).append('.').append(quotedColumn(idColumn)).append(" = ?");
      }
    } else {
      // The window's ids in a derived table, then the one looked for among them: LIMIT applies to the rows of
      // the inner query only, and every engine accepts ORDER BY ... LIMIT there (not in an IN subquery).
      StringBuilder ids = new StringBuilder();
      StringBuilder match = new StringBuilder();
      for (int i = 0; i < idColumns.length; i++) {
        ids.append(i == 0 ? "" : ", ").append(TARGET).append('.').append(quotedColumn(idColumns[i]))
            .append(" AS dv_id").append(i);
        match.append(i == 0 ? " WHERE " : " AND ").append("dv_window.dv_id").append(i).append(" = ?");
      }
      sql.append("SELECT 1 FROM (SELECT ").append(ids).append(" FROM ").append(from).append(where())
          .append(orderClause()).append(d.limitOffset(limit, offset)).append(") dv_window").append(match);
    }
    return Sql.run(ctx, description, sql.toString(), ps -> {
      int next = bind(ps, 1);
      for (int i = 0; i < idColumns.length; i++) {
        d.bind(ps, next++, id[i], target.type(idColumns[i]));
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    });
  }

  private String quotedColumn(int column) {
    return ctx.dialect().quote(target.table().columns().get(column).name());
  }

  private String where() {
    return parts.where(baseCondition);
  }

  private String orderClause() {
    if (parts.orderBy().isEmpty() && !declaredOrder.isEmpty()) {
      return " ORDER BY " + String.join(", ", declaredOrder);
    }
    return parts.orderClause();
  }

  private int bind(PreparedStatement ps, int first) throws SQLException {
    Dialect dialect = ctx.dialect();
    int index = first;
    for (int i = 0; i < baseParams.size(); i++) {
      dialect.bind(ps, index++, baseParams.get(i), baseTypes.get(i));
    }
    return parts.bind(ps, index, dialect);
  }
}
