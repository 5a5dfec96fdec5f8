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
    LinkStatements sql = spec.owner().statements(ctx.dialect()).link(spec);
    return load(ctx, spec.name(), spec.owner(), spec.target(), owners, sql.batchSelect, sql.batchKey,
        sql.batchOrder);
  }

  public static <C, P> Map<P, List<C>> children(DaoContext ctx, ForeignKeySpec<C, P> spec, Collection<? extends P> parents) {
    Dialect d = ctx.dialect();
    String fk = RelationQuery.TARGET + "." + d.quote(spec.child().table().columns().get(spec.column()).name());
    String select = "SELECT " + fk + ", " + Sql.columns(d, spec.child(), RelationQuery.TARGET) + " FROM "
        + d.quote(spec.child().table().name()) + " " + RelationQuery.TARGET;
    StringBuilder order = new StringBuilder(" ORDER BY ");
    int[] ids = spec.child().idColumns();
    for (int i = 0; i < ids.length; i++) {
      order.append(i == 0 ? "" : ", ").append(RelationQuery.TARGET).append('.')
          .append(d.quote(spec.child().table().columns().get(ids[i]).name()));
    }
    return load(ctx, spec.backref(), spec.parent(), spec.child(), parents, select, fk, order.toString());
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

  private static <O, T> Map<O, List<T>> load(DaoContext ctx, String name, EntityMapping<O> owner,
      EntityMapping<T> target, Collection<? extends O> owners, String select, String keyColumn, String order) {
    if (owners == null) {
      throw new DovetailException("cannot load " + name + " of a null collection");
    }
    Dialect d = ctx.dialect();
    ColumnType keyType = owner.type(owner.idColumns()[0]);
    LinkedHashSet<Object> keys = new LinkedHashSet<>();
    for (O o : owners) {
      keys.add(Sql.requireId(owner, o, "load " + name + " of", null)[0]);
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
    Map<O, List<T>> out = new LinkedHashMap<>();
    for (O o : owners) {
      out.put(o, byKey.getOrDefault(owner.idOf(o)[0], List.of()));
    }
    return out;
  }
}
