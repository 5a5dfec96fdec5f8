package dev.dovetail.runtime;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.runtime.internal.DaoContext;
import dev.dovetail.runtime.internal.ForeignKeySpec;
import dev.dovetail.runtime.internal.Sql;
import dev.dovetail.schema.ColumnType;
import java.util.List;

/**
 * One parent's side of a many-to-one foreign key ({@code db.users().posts(ada)}): a query of the children
 * referring to the parent, and the writes that attach a child to it or detach one from it.
 *
 * @param <C> the child (referencing) type
 * @param <P> the parent (referenced) type
 */
public final class OneToManyHandle<C, P> extends RelationQuery<C> {
  private final ForeignKeySpec<C, P> spec;
  private final Object parentId;
  private final ColumnType keyType;
  private final String column;

  OneToManyHandle(DaoContext ctx, ForeignKeySpec<C, P> spec, P parent) {
    this(ctx, spec, parent, Sql.requireId(spec.parent(), parent, "open " + spec.backref() + " of", null)[0]);
  }

  private OneToManyHandle(DaoContext ctx, ForeignKeySpec<C, P> spec, P parent, Object parentId) {
    super(ctx, spec.child(), spec.parent().describe(parent) + "." + spec.backref().substring(
            spec.backref().lastIndexOf('.') + 1),
        ctx.dialect().quote(spec.child().table().name()) + " " + TARGET,
        TARGET + "." + ctx.dialect().quote(spec.child().table().columns().get(spec.column()).name()) + " = ?",
        List.of(parentId), List.of(spec.child().type(spec.column())));
    this.spec = spec;
    this.parentId = parentId;
    this.keyType = spec.child().type(spec.column());
    this.column = ctx.dialect().quote(spec.child().table().columns().get(spec.column()).name());
  }

  /**
   * Points {@code child}'s foreign key at this parent (moving it from any other).
   *
   * @return whether the row changed ({@code false}: it was attached here already, or does not exist)
   */
  public boolean add(C child) {
    Object[] id = Sql.requireId(spec.child(), child, "add", description);
    Dialect d = ctx.dialect();
    String sql = "UPDATE " + d.quote(spec.child().table().name()) + " SET " + column + " = ? WHERE "
        + Sql.idCondition(d, spec.child(), null) + " AND (" + column + " IS NULL OR " + column + " <> ?)";
    return Sql.run(ctx, "add " + spec.child().describe(child) + " to " + description, sql, ps -> {
      d.bind(ps, 1, parentId, keyType);
      int next = bindId(ps, 2, id);
      d.bind(ps, next, parentId, keyType);
      return ps.executeUpdate() > 0;
    });
  }

  /**
   * Detaches {@code child} from this parent by setting its foreign key to {@code NULL}.
   *
   * @return whether the row changed ({@code false}: it was not attached here)
   * @throws DovetailException if the foreign-key column is {@code NOT NULL}: delete the child instead
   */
  public boolean remove(C child) {
    Object[] id = Sql.requireId(spec.child(), child, "remove", description);
    if (!spec.nullable()) {
      throw new DovetailException("cannot remove " + spec.child().describe(child) + " from " + description + ": "
          + spec.child().table().name() + "." + spec.child().table().columns().get(spec.column()).name()
          + " may not be null; delete the " + spec.child().entityName() + " or add it to another parent instead");
    }
    Dialect d = ctx.dialect();
    String sql = "UPDATE " + d.quote(spec.child().table().name()) + " SET " + column + " = NULL WHERE "
        + Sql.idCondition(d, spec.child(), null) + " AND " + column + " = ?";
    return Sql.run(ctx, "remove " + spec.child().describe(child) + " from " + description, sql, ps -> {
      int next = bindId(ps, 1, id);
      d.bind(ps, next, parentId, keyType);
      return ps.executeUpdate() > 0;
    });
  }

  private int bindId(java.sql.PreparedStatement ps, int first, Object[] id) throws java.sql.SQLException {
    int[] idColumns = spec.child().idColumns();
    for (int i = 0; i < id.length; i++) {
      ctx.dialect().bind(ps, first + i, id[i], spec.child().type(idColumns[i]));
    }
    return first + id.length;
  }
}
