package dev.dovetail.runtime.internal;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.schema.ColumnType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds which of a refused batch's values was at fault, for the exception's message: not every database names
 * the value (SQLite never does, MariaDB not for a foreign key). Runs only after a batch failed, and gives up
 * quietly (returning nothing) when the lookup itself fails, e.g. in a transaction the database has aborted.
 */
public final class Culprits {
  private Culprits() {}

  /** Of {@code values}, those that no row of {@code table} holds in {@code column}, in their order. */
  public static List<Object> missing(DaoContext ctx, String table, String column, ColumnType type, Collection<?> values) {
    Set<Object> found = present(ctx, table, column, type, values);
    if (found == null) {
      return List.of();
    }
    List<Object> out = new ArrayList<>();
    for (Object value : new LinkedHashSet<>(values)) {
      if (!found.contains(value)) {
        out.add(value);
      }
    }
    return out;
  }

  /** The first of {@code values} given twice, or already held by a row of {@code table} in {@code column}. */
  public static Object taken(DaoContext ctx, String table, String column, ColumnType type, List<?> values) {
    Set<Object> seen = new HashSet<>();
    for (Object value : values) {
      if (value != null && !seen.add(value)) {
        return value;
      }
    }
    Set<Object> found = present(ctx, table, column, type, seen);
    if (found != null) {
      for (Object value : values) {
        if (found.contains(value)) {
          return value;
        }
      }
    }
    return null;
  }

  /** The values of {@code values} held in {@code column} of {@code table}; null when the lookup failed. */
  private static Set<Object> present(DaoContext ctx, String table, String column, ColumnType type,
      Collection<?> values) {
    Dialect d = ctx.dialect();
    List<Object> all = new ArrayList<>(new LinkedHashSet<>(values));
    all.remove(null);
    Set<Object> found = new HashSet<>();
    try {
      ctx.withConnection(connection -> {
        for (int from = 0; from < all.size(); from += d.maxKeysPerQuery()) {
          List<Object> part = all.subList(from, Math.min(all.size(), from + d.maxKeysPerQuery()));
          String sql = "SELECT " + d.quote(column) + " FROM " + d.quote(table) + " WHERE "
              + d.keysCondition(d.quote(column), type, part.size());
          try (PreparedStatement ps = connection.prepareStatement(sql)) {
            d.bindKeys(ps, 1, part, type);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                found.add(d.getValue(rs, 1, type));
              }
            }
          }
        }
        return null;
      });
      return found;
    } catch (SQLException | RuntimeException e) {
      return null;
    }
  }
}
