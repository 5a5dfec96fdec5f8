package dev.dovetail.runtime.internal;

import dev.dovetail.OnDelete;
import dev.dovetail.dialect.Dialect;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.ForeignKeyDef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Says which foreign key refused a write, from the schema the code was generated from: the constraint whose
 * name the database's message gives (H2, PostgreSQL and MariaDB name it), or, where it names none (SQLite),
 * the key a lookup after the failure shows at fault. Lookups give up quietly, as {@link Culprits}' do.
 */
public final class ForeignKeyFailures {
  private ForeignKeyFailures() {}

  /** A foreign key of {@code table}. */
  public record Key(String table, ForeignKeyDef foreignKey, EntityMapping<?> mapping) {
    /** {@code posts.author_id}. */
    String column() {
      return table + "." + foreignKey.columns().get(0);
    }
  }

  /** Of {@code keys}, the one whose constraint the message names; the longest name wins, as one may begin another. */
  public static <K> K named(SQLException e, List<K> keys, Function<K, String> name) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      text.append(t.getMessage()).append('\n');
    }
    String message = text.toString().toLowerCase(Locale.ROOT);
    K best = null;
    int length = 0;
    for (K key : keys) {
      String n = name.apply(key).toLowerCase(Locale.ROOT);
      if (n.length() > length && message.contains(n)) {
        best = key;
        length = n.length();
      }
    }
    return best;
  }

  /**
   * Why deleting the row of {@code parent} with {@code id} was refused: the restricting foreign key of a
   * referring table that the message names, or whose rows a lookup finds still referring to the row.
   */
  public static String refusedDelete(DaoContext ctx, EntityMapping<?> parent, List<EntityMapping<?>> referrers,
      Object[] id, SQLException e) {
    String table = parent.table().name();
    List<Key> keys = new ArrayList<>();
    for (EntityMapping<?> referrer : referrers) {
      for (ForeignKeyDef fk : referrer.table().foreignKeys()) {
        if (fk.referencedTable().equals(table) && fk.columns().size() == 1) {
          keys.add(new Key(referrer.table().name(), fk, referrer));
        }
      }
    }
    Key key = named(e, keys, k -> k.foreignKey().name());
    if (key == null && id.length == 1) {
      for (Key candidate : keys) {
        if (candidate.foreignKey().onDelete() == OnDelete.RESTRICT && refersTo(ctx, candidate, id[0])) {
          key = candidate;
          break;
        }
      }
    }
    if (key == null) {
      List<String> restricting = keys.stream().filter(k -> k.foreignKey().onDelete() == OnDelete.RESTRICT)
          .map(Key::column).toList();
      return "rows of another table still refer to it" + (restricting.isEmpty() ? ""
          : " (the foreign keys that restrict its deletes: " + String.join(", ", restricting) + ")")
          + "; delete or change them first, or declare onDelete = CASCADE or SET_NULL on their @ManyToOne";
    }
    String column = key.foreignKey().columns().get(0);
    boolean nullable = key.mapping().table().columns().get(key.mapping().indexOf(column)).nullable();
    return "rows of " + key.table() + " still refer to it through " + key.column() + "; delete or change them "
        + "first, or declare the @ManyToOne of " + key.mapping().entityName() + " on column " + column + " with "
        + (nullable ? "onDelete = CASCADE (delete them with it) or onDelete = SET_NULL (keep them, referring to "
            + "nothing)" : "onDelete = CASCADE (delete them with it; SET_NULL would need a nullable column)");
  }

  /** Whether a row of the key's table refers to {@code id}; false when the lookup fails. */
  private static boolean refersTo(DaoContext ctx, Key key, Object id) {
    Dialect d = ctx.dialect();
    String column = key.foreignKey().columns().get(0);
    ColumnType type = key.mapping().type(key.mapping().indexOf(column));
    String sql = "SELECT 1 FROM " + d.quote(key.table()) + " WHERE " + d.quote(column) + " = ?" + d.limitOffset(1, 0);
    try {
      return ctx.withConnection(connection -> {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
          d.bind(ps, 1, id, type);
          try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
          }
        }
      });
    } catch (SQLException | RuntimeException lookupFailed) {
      return false;
    }
  }
}
