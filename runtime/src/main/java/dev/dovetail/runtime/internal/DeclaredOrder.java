package dev.dovetail.runtime.internal;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.runtime.DovetailException;
import dev.dovetail.runtime.RelationQuery;
import dev.dovetail.schema.ColumnDef;
import java.util.ArrayList;
import java.util.List;

/**
 * A relationship's declared order ({@code @ManyToMany(orderBy = "name DESC")}) as {@code ORDER BY} keys of one
 * dialect. The processor has checked the names against the target's columns and writes them out as
 * {@code "name DESC, id"}: column names, each with an optional {@code DESC}.
 */
public final class DeclaredOrder {
  private DeclaredOrder() {}

  /** The keys of {@code order} on the columns of {@code target}, aliased {@link RelationQuery#TARGET}. */
  public static List<String> keys(String order, EntityMapping<?> target, Dialect dialect) {
    if (order == null || order.isBlank()) {
      return List.of();
    }
    List<String> keys = new ArrayList<>();
    for (String item : order.split(",")) {
      String[] words = item.strip().split("\\s+");
      String column = words[0];
      boolean descending = words.length > 1 && words[1].equalsIgnoreCase("DESC");
      if (target.table().columns().stream().map(ColumnDef::name).noneMatch(column::equals)) {
        throw new DovetailException("the declared order \"" + order + "\" names column " + column + ", which "
            + target.table().name() + " does not have; compile the entities and their DAOs together");
      }
      keys.add(RelationQuery.TARGET + "." + dialect.quote(column) + (descending ? " DESC" : ""));
    }
    return List.copyOf(keys);
  }

  /** {@code " ORDER BY k1, k2"}, or {@code ""} for no key. */
  public static String clause(List<String> keys) {
    return keys.isEmpty() ? "" : " ORDER BY " + String.join(", ", keys);
  }
}
