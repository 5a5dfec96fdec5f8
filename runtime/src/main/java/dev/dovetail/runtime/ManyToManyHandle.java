package dev.dovetail.runtime;

import dev.dovetail.dialect.Dialect.Violation;
import dev.dovetail.dialect.Dialect;
import dev.dovetail.runtime.internal.Culprits;
import dev.dovetail.runtime.internal.DaoContext;
import dev.dovetail.runtime.internal.EntityMapping;
import dev.dovetail.runtime.internal.ForeignKeyFailures;
import dev.dovetail.runtime.internal.LinkStatements;
import dev.dovetail.runtime.internal.ManyToManySpec;
import dev.dovetail.runtime.internal.Sql;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.SchemaNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One owner's side of a many-to-many relationship ({@code db.students().classes(ada)}): a query of the
 * entities linked to the owner, and the writes that link and unlink them. Each write is one statement, or
 * one batch run all-or-nothing.
 *
 * @param <O> the owner type
 * @param <T> the type at the other end
 */
public final class ManyToManyHandle<O, T> extends RelationQuery<T> {
  private final ManyToManySpec<O, T> spec;
  private final Object ownerId;
  private final ColumnType ownerType;
  private final ColumnType targetType;
  private final int targetIdColumn;

  private final LinkStatements sql;

  /** The handle of {@code spec} of {@code owner}; its SQL was written when the relationship was first used. */
  static <O, T> ManyToManyHandle<O, T> open(DaoContext ctx, ManyToManySpec<O, T> spec, O owner) {
    LinkStatements sql = spec.owner().statements(ctx.dialect()).link(spec);
    Object ownerId = Sql.requireId(spec.owner(), owner, sql.openVerb, null)[0];
    return new ManyToManyHandle<>(ctx, spec, sql, spec.owner().describe(owner), ownerId);
  }

  /** The handle of {@code spec} of the owner whose id is {@code ownerId}, which is not read. */
  static <O, T> ManyToManyHandle<O, T> openById(DaoContext ctx, ManyToManySpec<O, T> spec, Object ownerId) {
    LinkStatements sql = spec.owner().statements(ctx.dialect()).link(spec);
    Sql.requireKey(spec.owner(), ownerId, sql.openVerb, null);
    return new ManyToManyHandle<>(ctx, spec, sql, spec.owner().describeId(ownerId), ownerId);
  }

  private ManyToManyHandle(DaoContext ctx, ManyToManySpec<O, T> spec, LinkStatements sql, String owner,
      Object ownerId) {
    super(ctx, spec.target(), owner + "." + sql.shortName, sql.from, spec.joinTable(),
        sql.ownerCondition, List.of(ownerId), List.of(spec.owner().type(spec.owner().idColumnsUnsafe()[0])),
        sql.selectAll, sql.order);
    this.spec = spec;
    this.sql = sql;
    this.ownerId = ownerId;
    this.ownerType = spec.owner().type(spec.owner().idColumnsUnsafe()[0]);
    this.targetIdColumn = spec.target().idColumnsUnsafe()[0];
    this.targetType = spec.target().type(targetIdColumn);
  }

  /** The relationship this handle belongs to. */
  public ManyToManySpec<O, T> spec() {
    return spec;
  }

  /**
   * Links {@code target} to the owner, if it is not linked already.
   *
   * @return whether a link was added ({@code false}: it was there)
   * @throws DovetailException if {@code target} is null or unsaved
   * @throws ConstraintViolationException if no row of the target's table has its id
   */
  public boolean add(T target) {
    requireInsertableLinks("add");
    Object targetId = targetId(target, "add");
    try {
      return ctx.oneStatement(connection -> {
        try (PreparedStatement ps = connection.prepareStatement(sql.insert)) {
          bindLink(ps, targetId);
          return ps.executeUpdate() > 0;
        } catch (SQLException e) {
          if (ctx.dialect().insertIfAbsentMayRaceOnDuplicate() && ctx.dialect().classify(e) == Violation.UNIQUE) {
            return false; // another transaction linked the same pair between our check and our insert
          }
          throw e;
        }
      });
    } catch (SQLException e) {
      throw linkFailure(e, "add " + spec.target().describe(target) + " to " + description, List.of(targetId),
          sql.insert);
    }
  }

  /**
   * Links every entity of {@code targets} not linked yet, in one batch, all or none.
   *
   * @return how many links were added
   */
  public int addAll(Collection<? extends T> targets) {
    requireInsertableLinks("addAll");
    Set<Object> ids = targetIds(targets, "add");
    if (ids.isEmpty()) {
      return 0;
    }
    try {
      return atomicallyRetryingRaces(connection -> insertLinks(connection, ids, sql.insert));
    } catch (SQLException e) {
      throw linkFailure(e, "addAll of " + ids.size() + " " + spec.target().entityName() + " to " + description, ids,
          sql.insert);
    }
  }

  /** Unlinks {@code target}; returns whether a link went away. The entity itself stays. */
  public boolean remove(T target) {
    Object targetId = targetId(target, "remove");
    return Sql.run(ctx, () -> "remove " + spec.target().describe(target) + " from " + description,
        sql.deleteOne, ps -> {
          bindLink(ps, targetId);
          return ps.executeUpdate() > 0;
        });
  }

  /** Unlinks every entity of {@code targets}, in one batch; returns how many links went away. */
  public int removeAll(Collection<? extends T> targets) {
    Set<Object> ids = targetIds(targets, "remove");
    if (ids.isEmpty()) {
      return 0;
    }
    try {
      return atomicallyRetryingRaces(connection -> deleteLinks(connection, ids, sql.deleteOne));
    } catch (SQLException e) {
      throw Sql.translate(ctx.dialect(), e, "removeAll from " + description, sql.deleteOne);
    }
  }

  /** Unlinks everything from the owner; returns how many links went away. */
  public int clear() {
    return Sql.run(ctx, "clear " + description, sql.clear, ps -> {
      ctx.dialect().bind(ps, 1, ownerId, ownerType);
      return ps.executeUpdate();
    });
  }

  /**
   * Makes the owner linked to exactly {@code targets}, writing only the difference, all or nothing.
   *
   * @return how many links were added and removed
   */
  public Changes replaceWith(Collection<? extends T> targets) {
    requireInsertableLinks("replaceWith");
    Set<Object> wanted = targetIds(targets, "link");
    Dialect d = ctx.dialect();
    String current = sql.current;
    try {
      return atomicallyRetryingRaces(connection -> {
        Set<Object> present = new LinkedHashSet<>();
        try (PreparedStatement ps = connection.prepareStatement(current)) {
          d.bind(ps, 1, ownerId, ownerType);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              present.add(d.getValue(rs, 1, targetType));
            }
          }
        }
        Set<Object> toRemove = new LinkedHashSet<>(present);
        toRemove.removeAll(wanted);
        Set<Object> toAdd = new LinkedHashSet<>(wanted);
        toAdd.removeAll(present);
        int removed = toRemove.isEmpty() ? 0 : deleteLinks(connection, toRemove, sql.deleteOne);
        int added = toAdd.isEmpty() ? 0 : insertLinks(connection, toAdd, sql.insert);
        return new Changes(added, removed);
      });
    } catch (SQLException e) {
      throw linkFailure(e, "replaceWith on " + description, wanted, current);
    }
  }

  /**
   * What {@link #replaceWith} changed.
   *
   * @param added links added
   * @param removed links removed
   */
  public record Changes(int added, int removed) {}

  /**
   * Runs a batch that writes links all-or-nothing. Where the dialect's insert-if-absent can lose a race (H2's
   * MERGE checks, then inserts), another transaction may commit one of the same links in between: the batch
   * is rolled back and run again, and then sees that link and skips it. A batch in a transaction of its own
   * that the database chose as a deadlock victim, or that waited too long for a lock (InnoDB's gap locks,
   * SQLite's one writer), is run again too; inside the caller's transaction it is not, as the database may
   * have rolled that whole transaction back.
   */
  private <R> R atomicallyRetryingRaces(SqlFunction<Connection, R> work) throws SQLException {
    Dialect d = ctx.dialect();
    for (int attempt = 1; ; attempt++) {
      try {
        return ctx.atomically(work);
      } catch (SQLException e) {
        boolean race = d.insertIfAbsentMayRaceOnDuplicate() && d.classify(e) == Violation.UNIQUE;
        boolean victim = ctx.handle() == null && d.isTransientLockFailure(e);
        if (attempt == 5 || !(race || victim)) {
          throw e;
        }
      }
    }
  }

  /**
   * The ids in ascending order: two batches writing overlapping links then lock their rows in the same order,
   * so that they wait for each other instead of deadlocking.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Object> lockOrder(Set<Object> ids) {
    List<Object> out = new ArrayList<>(ids);
    Class<?> type = out.isEmpty() ? null : out.get(0).getClass();
    if (out.stream().allMatch(id -> id.getClass() == type && id instanceof Comparable)) {
      out.sort((a, b) -> ((Comparable) a).compareTo(b));
    }
    return out;
  }

  private int insertLinks(Connection connection, Set<Object> ids, String sql) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (Object id : lockOrder(ids)) {
        bindLink(ps, id);
        ps.addBatch();
      }
      return sum(ps.executeBatch());
    }
  }

  private int deleteLinks(Connection connection, Set<Object> ids, String sql) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (Object id : lockOrder(ids)) {
        bindLink(ps, id);
        ps.addBatch();
      }
      return sum(ps.executeBatch());
    }
  }

  private static int sum(int[] counts) {
    int total = 0;
    for (int count : counts) {
      // Drivers may answer SUCCESS_NO_INFO (-2) for a row they did write.
      total += count == PreparedStatement.SUCCESS_NO_INFO ? 1 : Math.max(count, 0);
    }
    return total;
  }

  private void bindLink(PreparedStatement ps, Object targetId) throws SQLException {
    ctx.dialect().bind(ps, 1, ownerId, ownerType);
    ctx.dialect().bind(ps, 2, targetId, targetType);
  }

  private Object targetId(T target, String verb) {
    return Sql.requireId(spec.target(), target, verb, description)[0];
  }

  private Set<Object> targetIds(Collection<? extends T> targets, String verb) {
    if (targets == null) {
      throw new DovetailException("cannot " + verb + " a null collection in " + description);
    }
    Set<Object> ids = new LinkedHashSet<>();
    for (T target : targets) {
      ids.add(targetId(target, verb));
    }
    return ids;
  }

  private void requireInsertableLinks(String verb) {
    if (!spec.linkRequires().isEmpty()) {
      throw new DovetailException("cannot " + verb + " on " + description + ": each link is a row of "
          + spec.joinTable() + " that needs " + spec.linkRequires()
          + "; declare a default on each (@Column(defaultValue = ...) or defaultNow = true), or insert the "
          + "association entity through its DAO instead");
    }
  }

  /**
   * Explains a refused write of links. A foreign-key refusal names the join table's column at fault and its
   * value: the owner's column when the owner is gone, else the target's with the first target id that has no
   * row. The column is the one whose constraint the database's message names (H2, PostgreSQL, MariaDB), else
   * (SQLite) the one a lookup after the failure finds a missing row for.
   */
  private DovetailException linkFailure(SQLException e, String what, Collection<Object> targetIds, String sql) {
    Dialect d = ctx.dialect();
    if (d.classify(e) != Violation.FOREIGN_KEY) {
      return Sql.translate(d, e, what, sql);
    }
    String column = ForeignKeyFailures.named(e, List.of(spec.ownerColumn(), spec.targetColumn()),
        c -> SchemaNames.foreignKey(spec.joinTable(), List.of(c)));
    EntityMapping<O> owner = spec.owner();
    if (column == null && !Culprits.missing(ctx, owner.table().name(),
        owner.table().columns().get(owner.idColumnsUnsafe()[0]).name(), ownerType, List.of(ownerId)).isEmpty()) {
      column = spec.ownerColumn();
    }
    if (spec.ownerColumn().equals(column)) {
      return Sql.translate(d, e, what, spec.joinTable() + "." + spec.ownerColumn() + " = " + ownerId
          + " must refer to an existing row of " + owner.table().name() + "; " + owner.entityName()
          + " was deleted, or never stored", sql);
    }
    String idColumn = spec.target().table().columns().get(targetIdColumn).name();
    List<Object> missing = targetIds.size() == 1 && column != null ? List.copyOf(targetIds)
        : Culprits.missing(ctx, spec.target().table().name(), idColumn, targetType, targetIds);
    String reason = missing.isEmpty()
        ? "every " + spec.target().entityName() + " must be a stored row of " + spec.target().table().name()
        : spec.joinTable() + "." + spec.targetColumn() + " = " + missing.get(0) + " must refer to an existing row of "
            + spec.target().table().name();
    return Sql.translate(d, e, what, reason, sql);
  }
}
