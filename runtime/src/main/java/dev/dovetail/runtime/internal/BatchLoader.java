package dev.dovetail.runtime.internal;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.runtime.DovetailException;
import dev.dovetail.runtime.RelationQuery;
import dev.dovetail.schema.ColumnType;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads one relationship of many owners at once: one query per chunk of {@link Dialect#maxKeysPerQuery()}
 * owners, never one per owner.
 */
public final class BatchLoader {
  private BatchLoader() {}

  public static <O, T> Map<O, List<T>> manyToMany(DaoContext ctx, ManyToManySpec<O, T> spec, Collection<? extends O> owners) {
    return byEntity(spec.owner(), spec.name(), owners, manyToManyByIds(ctx, spec, ids(spec.owner(), spec.name(),
        owners)));
  }

  /** {@link #manyToMany} keyed by the owners' ids, which are not read. */
  public static <K, T> Map<K, List<T>> manyToManyByIds(DaoContext ctx, ManyToManySpec<?, T> spec,
      Collection<? extends K> ownerIds) {
    LinkStatements sql = spec.owner().statements(ctx.dialect()).link(spec);
    return load(ctx, spec.name(), spec.owner(), spec.target(), ownerIds, sql.batchSelect, sql.batchKey,
        sql.batchOrder);
  }

  public static <C, P> Map<P, List<C>> children(DaoContext ctx, ForeignKeySpec<C, P> spec, Collection<? extends P> parents) {
    return byEntity(spec.parent(), spec.backref(), parents, childrenByIds(ctx, spec, ids(spec.parent(),
        spec.backref(), parents)));
  }

  /** {@link #children} keyed by the parents' ids, which are not read. */
  public static <K, C> Map<K, List<C>> childrenByIds(DaoContext ctx, ForeignKeySpec<C, ?> spec,
      Collection<? extends K> parentIds) {
    Dialect d = ctx.dialect();
    String fk = RelationQuery.TARGET + "." + d.quote(spec.child().table().columns().get(spec.column()).name());
    String select = "SELECT " + fk + ", " + Sql.columns(d, spec.child(), RelationQuery.TARGET) + " FROM "
        + d.quote(spec.child().table().name()) + " " + RelationQuery.TARGET;
    List<String> keys = new ArrayList<>(DeclaredOrder.keys(spec.backrefOrder(), spec.child(), d));
    for (int id : spec.child().idColumns()) {
      keys.add(RelationQuery.TARGET + "." + d.quote(spec.child().table().columns().get(id).name()));
    }
    return load(ctx, spec.backref(), spec.parent(), spec.child(), parentIds, select, fk, DeclaredOrder.clause(keys));
  }

  /**
   * The navigation of {@code spec} from the child whose id is {@code childId}: the parent its foreign key refers
   * to, read in one query joining the two tables; empty when there is no such child or its key is null.
   */
  public static <C, P> Optional<P> parentById(DaoContext ctx, ForeignKeySpec<C, P> spec, Object childId) {
    Sql.requireKey(spec.child(), childId, "navigate " + spec.name() + " of", null);
    Dialect d = ctx.dialect();
    EntityMapping<P> parent = spec.parent();
    String parentId = d.quote(parent.table().columns().get(parent.idColumns()[0]).name());
    String sql = "SELECT " + Sql.columns(d, parent, "p") + " FROM " + d.quote(parent.table().name()) + " p JOIN "
        + d.quote(spec.child().table().name()) + " c ON c." + d.quote(spec.child().table().columns()
            .get(spec.column()).name()) + " = p." + parentId + " WHERE " + Sql.idCondition(d, spec.child(), "c");
    return Sql.run(ctx, spec.name() + " of " + spec.child().describeId(childId), sql, ps -> {
      d.bind(ps, 1, childId, spec.child().type(spec.child().idColumns()[0]));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(parent.read(rs, 1, d)) : Optional.empty();
      }
    });
  }

  public static <C, P> Optional<P> parent(DaoContext ctx, ForeignKeySpec<C, P> spec, C child) {
    Sql.requireId(spec.child(), child, "navigate " + spec.name() + " of", null);
    Object key = spec.child().get(child, spec.column());
    if (key == null) {
      return Optional.empty();
    }
    Dialect d = ctx.dialect();
    String sql = "SELECT " + Sql.columns(d, spec.parent(), null) + " FROM " + d.quote(spec.parent().table().name())
        + " WHERE " + Sql.idCondition(d, spec.parent(), null);
    return Sql.run(ctx, spec.name() + " of " + spec.child().describe(child), sql, ps -> {
      d.bind(ps, 1, key, spec.parent().type(spec.parent().idColumns()[0]));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(spec.parent().read(rs, 1, d)) : Optional.empty();
      }
    });
  }

  /** The ids of {@code owners}, refusing a null collection, a null owner or one not saved yet. */
  private static <O> List<Object> ids(EntityMapping<O> owner, String name, Collection<? extends O> owners) {
    if (owners == null) {
      throw new DovetailException("cannot load " + name + " of a null collection");
    }
    List<Object> ids = new ArrayList<>(owners.size());
    for (O o : owners) {
      ids.add(Sql.requireId(owner, o, "load " + name + " of", null)[0]);
    }
    return ids;
  }

  /** Each owner with the list loaded for its id. */
  private static <O, T> Map<O, List<T>> byEntity(EntityMapping<O> owner, String name, Collection<? extends O> owners,
      Map<Object, List<T>> byId) {
    Map<O, List<T>> out = new LinkedHashMap<>();
    for (O o : owners) {
      out.put(o, byId.getOrDefault(owner.idOf(o)[0], List.of()));
    }
    return out;
  }

  /** Each key of {@code owners} (in their order, once) with its targets, an empty list for none. */
  private static <K, T> Map<K, List<T>> load(DaoContext ctx, String name, EntityMapping<?> owner,
      EntityMapping<T> target, Collection<? extends K> owners, String select, String keyColumn, String order) {
    if (owners == null) {
      throw new DovetailException("cannot load " + name + " of a null collection");
    }
    Dialect d = ctx.dialect();
    ColumnType keyType = owner.type(owner.idColumns()[0]);
    LinkedHashSet<K> keys = new LinkedHashSet<>();
    for (K key : owners) {
      keys.add(key);
      Sql.requireKey(owner, key, "load " + name + " of", null);
    }
    Map<Object, List<T>> byKey = new HashMap<>();
    List<Object> all = new ArrayList<>(keys);
    int chunk = d.maxKeysPerQuery();
    for (int from = 0; from < all.size(); from += chunk) {
      List<Object> part = all.subList(from, Math.min(all.size(), from + chunk));
      String keysTable = d.keysTable(keyType);
      String sql = keysTable != null
          ? select + " JOIN " + keysTable + " dv_keys ON dv_keys.k = " + keyColumn + order
          : select + " WHERE " + d.keysCondition(keyColumn, keyType, part.size()) + order;
      Sql.run(ctx, "load " + name + " of " + part.size() + " " + owner.entityName(), sql, ps -> {
        d.bindKeys(ps, 1, part, keyType);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Object key = d.getValue(rs, 1, keyType);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(target.read(rs, 2, d));
          }
        }
        return null;
      });
    }
    Map<K, List<T>> out = new LinkedHashMap<>();
    for (K key : keys) {
      out.put(key, byKey.getOrDefault(key, List.of()));
    }
    return out;
  }
}
