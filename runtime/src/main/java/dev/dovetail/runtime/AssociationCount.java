package dev.dovetail.runtime;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.filter.AssociationTable;
import dev.dovetail.filter.Condition;
import dev.dovetail.filter.Rendering;
import dev.dovetail.runtime.internal.DaoContext;
import dev.dovetail.runtime.internal.Sql;
import java.sql.ResultSet;
import java.util.Objects;

/** {@code SELECT COUNT(*)} of a plain association table, optionally narrowed by a typed condition. */
final class AssociationCount {
  private AssociationCount() {}

  static long count(DaoContext ctx, AssociationTable<?> table, Condition where) {
    String name = Objects.requireNonNull(table, "table").name();
    Dialect d = ctx.dialect();
    QueryParts parts = QueryParts.NONE;
    if (where != null) {
      Rendering rendered = new Rendering(d, named -> {
        if (named.equals(name)) {
          return RelationQuery.LINK;
        }
        throw new IllegalArgumentException("a count of association table " + name + " names a column of table "
            + named + "; use the columns of " + name + " in its owner's metamodel");
      });
      where.render(rendered);
      parts = parts.where(rendered);
    }
    String sql = "SELECT COUNT(*) FROM " + d.quote(name) + " " + RelationQuery.LINK
        + (where == null ? "" : parts.where("1 = 1"));
    QueryParts bound = parts;
    return Sql.run(ctx, "count the rows of " + name, sql, ps -> {
      bound.bind(ps, 1, d);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }
}
