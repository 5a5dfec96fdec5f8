package dev.dovetail.runtime;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.runtime.internal.DaoContext;
import dev.dovetail.runtime.internal.DeclaredOrder;
import dev.dovetail.runtime.internal.ForeignKeySpec;
import dev.dovetail.runtime.internal.Sql;
import dev.dovetail.schema.ColumnType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One parent's side of a many-to-one foreign key ({@code db.users().posts(ada)}): a query of the children
 * referring to the parent, and the writes that attach a child to it or detach one from it. Detaching sets the
 * child's foreign key to {@code NULL}, or, when the relationship declares orphan removal, deletes the child.
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
    this(ctx, spec, spec.parent().describe(parent),
        Sql.requireId(spec.parent(), parent, "open " + spec.backref() + " of", null)[0]);
  }

  /** The handle of the parent whose id is {@code parentId}, which is not read. */
  static <C, P> OneToManyHandle<C, P> openById(DaoContext ctx, ForeignKeySpec<C, P> spec, Object parentId) {
    Sql.requireKey(spec.parent(), parentId, "open " + spec.backref() + " of", null);
    return new OneToManyHandle<>(ctx, spec, spec.parent().describeId(parentId), parentId);
  }

  private OneToManyHandle(DaoContext ctx, ForeignKeySpec<C, P> spec, String parent, Object parentId) {
    super(ctx, spec.child(), parent + "." + spec.backref().substring(spec.backref().lastIndexOf('.') + 1),
        ctx.dialect().quote(spec.child().table().name()) + " " + TARGET, null,
        TARGET + "." + ctx.dialect().quote(spec.child().table().columns().get(spec.column()).name()) + " = ?",
        List.of(parentId), List.of(spec.child().type(spec.column())), null,
        DeclaredOrder.keys(spec.backrefOrder(), spec.child(), ctx.dialect()));
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
   * Detaches {@code child} from this parent: deletes it when the relationship declares orphan removal
   * ({@code @ManyToOne(orphanRemoval = true)}), else sets its foreign key to {@code NULL}. One statement.
   *
   * @return whether the row changed ({@code false}: it was not attached here)
   * @throws DovetailException if the foreign-key column is {@code NOT NULL} and orphans are not removed: delete
   *     the child, or declare orphan removal, instead
   */
  public boolean remove(C child) {
    Object[] id = Sql.requireId(spec.child(), child, "remove", description);
    String what = "remove " + spec.child().describe(child) + " from " + description;
    requireDetachable(what);
    Dialect d = ctx.dialect();
    String sql = detach() + " WHERE " + Sql.idCondition(d, spec.child(), null) + " AND " + column + " = ?";
    return Sql.run(ctx, what, sql, ps -> {
      int next = bindId(ps, 1, id);
      d.bind(ps, next, parentId, keyType);
      return ps.executeUpdate() > 0;
    });
  }

  /**
   * Detaches every child from this parent, in one statement: deletes them with orphan removal, else sets their
   * foreign key to {@code NULL}.
   *
   * @return how many children were detached
   * @throws DovetailException if the foreign-key column is {@code NOT NULL} and orphans are not removed
   */
  public int clear() {
    String what = "clear " + description;
    requireDetachable(what);
    String sql = detach() + " WHERE " + column + " = ?";
    return Sql.run(ctx, what, sql, ps -> {
      ctx.dialect().bind(ps, 1, parentId, keyType);
      return ps.executeUpdate();
    });
  }

  /**
   * Makes {@code children} exactly this parent's children, all or nothing: attaches those that are not (moving
   * them from any other parent) in one statement, then detaches every other child in one more, deleting them
   * with orphan removal, else setting their foreign key to {@code NULL}.
   *
   * @return how many children were attached and detached
   * @throws DovetailException if a child would be detached from a {@code NOT NULL} column without orphan removal;
   *     then nothing changes
   */
  public ManyToManyHandle.Changes replaceWith(Collection<? extends C> children) {
    if (children == null) {
      throw new DovetailException("cannot replaceWith a null collection in " + description);
    }
    List<Object[]> ids = new ArrayList<>();
    for (C child : children) {
      ids.add(Sql.requireId(spec.child(), child, "replaceWith", description));
    }
    String what = "replaceWith on " + description;
    Dialect d = ctx.dialect();
    String anyOf = ids.isEmpty() ? "1 = 0" : "(" + anyOf(d, ids.size()) + ")";
    String attach = "UPDATE " + d.quote(spec.child().table().name()) + " SET " + column + " = ? WHERE " + anyOf
        + " AND (" + column + " IS NULL OR " + column + " <> ?)";
    String others = " WHERE " + column + " = ? AND NOT " + anyOf;
    try {
      return ctx.atomically(connection -> {
        int attached = 0;
        if (!ids.isEmpty()) {
          try (PreparedStatement ps = connection.prepareStatement(attach)) {
            d.bind(ps, 1, parentId, keyType);
            int next = bindIds(ps, 2, ids);
            d.bind(ps, next, parentId, keyType);
            attached = ps.executeUpdate();
          }
        }
        if (integerIds() && ids.size() > d.maxKeysPerQuery()) {
          return new ManyToManyHandle.Changes(attached, detachOthers(connection, d, ids, what));
        }
        if (!spec.nullable() && !spec.orphanRemoval()) {
          try (PreparedStatement ps = connection.prepareStatement(
              "SELECT COUNT(*) FROM " + d.quote(spec.child().table().name()) + others)) {
            d.bind(ps, 1, parentId, keyType);
            bindIds(ps, 2, ids);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              if (rs.getLong(1) > 0) {
                throw new DovetailException(refusal(what, rs.getLong(1) + " " + spec.child().entityName()
                    + " would be left without a parent"));
              }
            }
          }
          return new ManyToManyHandle.Changes(attached, 0);
        }
        try (PreparedStatement ps = connection.prepareStatement(detach() + others)) {
          d.bind(ps, 1, parentId, keyType);
          bindIds(ps, 2, ids);
          return new ManyToManyHandle.Changes(attached, ps.executeUpdate());
        }
      });
    } catch (SQLException e) {
      throw Sql.translate(d, e, what, attach);
    }
  }

  /**
   * Detaches the parent's children whose integer ids are not among {@code ids}, for more ids than one chunk:
   * reads the ids of the parent's children (by the foreign key), keeps those not wanted, and detaches them by
   * primary key, rather than testing every child against every wanted id with {@code NOT IN}, which engines
   * evaluate row by row. Returns how many were detached; refuses, changing nothing, where the key may not be null and orphans
   * are kept.
   */
  private int detachOthers(Connection connection, Dialect d, List<Object[]> ids, String what) throws SQLException {
    int idColumn = spec.child().idColumns()[0];
    ColumnType idType = spec.child().type(idColumn);
    String quotedId = d.quote(spec.child().table().columns().get(idColumn).name());
    Set<Long> wanted = new HashSet<>();
    for (Object[] id : ids) {
      wanted.add(comparable(id[0]));
    }
    List<Object> others = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT " + quotedId + " FROM "
        + d.quote(spec.child().table().name()) + " WHERE " + column + " = ?")) {
      d.bind(ps, 1, parentId, keyType);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          // Kept as the driver read it, of the column's own type, to be bound back as such.
          Object id = rs.getObject(1);
          if (!wanted.contains(comparable(id))) {
            others.add(id);
          }
        }
      }
    }
    if (!spec.nullable() && !spec.orphanRemoval()) {
      if (!others.isEmpty()) {
        throw new DovetailException(refusal(what, others.size() + " " + spec.child().entityName()
            + " would be left without a parent"));
      }
      return 0;
    }
    if (others.isEmpty()) {
      return 0;
    }
    try (PreparedStatement ps = connection.prepareStatement(detach() + " WHERE " + column + " = ? AND ("
        + d.keysCondition(quotedId, idType, others.size()) + ")")) {
      d.bind(ps, 1, parentId, keyType);
      d.bindKeys(ps, 2, others, idType);
      return ps.executeUpdate();
    }
  }

  /** An integer id as read or as given, in one form for both. */
  private static Long comparable(Object id) {
    return ((Number) id).longValue();
  }

  /** {@code DELETE FROM child} with orphan removal, else {@code UPDATE child SET fk = NULL}. */
  private String detach() {
    String table = ctx.dialect().quote(spec.child().table().name());
    return spec.orphanRemoval() ? "DELETE FROM " + table : "UPDATE " + table + " SET " + column + " = NULL";
  }

  /** Refuses to detach children from a {@code NOT NULL} column that keeps its orphans. */
  private void requireDetachable(String what) {
    if (!spec.nullable() && !spec.orphanRemoval()) {
      throw new DovetailException(refusal(what, null));
    }
  }

  private String refusal(String what, String reason) {
    String fk = spec.child().table().name() + "." + spec.child().table().columns().get(spec.column()).name();
    return "cannot " + what + ": " + (reason == null ? "" : reason + ", and ") + fk + " may not be null; delete the "
        + spec.child().entityName() + " or add it to another parent instead, or declare @ManyToOne(orphanRemoval "
        + "= true) on " + fk + " (" + spec.name() + ") so that detaching a child deletes it";
  }

  /**
   * The condition matching the children whose ids are {@code count} given ones. A single integer or text id is
   * one {@code IN} bound as the dialect binds many keys (an array or a JSON parameter past a chunk), so that any
   * number of children fits the engine's parameter limit and is looked up by the primary key; another id is an
   * {@code OR} of one condition per child, a parameter per column.
   */
  private String anyOf(Dialect d, int count) {
    int[] idColumns = spec.child().idColumns();
    if (idsAsKeys()) {
      return d.keysCondition(d.quote(spec.child().table().columns().get(idColumns[0]).name()),
          spec.child().type(idColumns[0]), count);
    }
    return String.join(" OR ", Collections.nCopies(count, "(" + Sql.idCondition(d, spec.child(), null) + ")"));
  }

  /** Whether the children's ids are bound as the dialect binds many keys: see {@link #anyOf}. */
  private boolean idsAsKeys() {
    int[] idColumns = spec.child().idColumns();
    return idColumns.length == 1 && ctx.dialect().bindsAsKeys(spec.child().type(idColumns[0]));
  }

  /**
   * Whether the children's ids are integers, which Java compares as the database does; text is compared by the
   * column's collation (case, trailing spaces), so text ids are never told apart in Java.
   */
  private boolean integerIds() {
    int[] idColumns = spec.child().idColumns();
    return idColumns.length == 1 && switch (spec.child().type(idColumns[0])) {
      case SMALLINT, INTEGER, BIGINT -> true;
      default -> false;
    };
  }

  private int bindIds(PreparedStatement ps, int first, List<Object[]> ids) throws SQLException {
    int[] idColumns = spec.child().idColumns();
    if (idsAsKeys() && !ids.isEmpty()) {
      List<Object> keys = new ArrayList<>(ids.size());
      for (Object[] id : ids) {
        keys.add(id[0]);
      }
      return ctx.dialect().bindKeys(ps, first, keys, spec.child().type(idColumns[0]));
    }
    int next = first;
    for (Object[] id : ids) {
      next = bindId(ps, next, id);
    }
    return next;
  }

  private int bindId(PreparedStatement ps, int first, Object[] id) throws SQLException {
    int[] idColumns = spec.child().idColumns();
    for (int i = 0; i < id.length; i++) {
      ctx.dialect().bind(ps, first + i, id[i], spec.child().type(idColumns[i]));
    }
    return first + id.length;
  }
}
