package dev.dovetail.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The declared order of a relationship ({@code orderBy = {"name", "id DESC"}}): each item a property of the
 * entities ordered (or its column's name) and an optional {@code ASC} or {@code DESC}. The validator judges
 * the items; the writer hands the runtime their canonical form, column names: {@code "name, id DESC"}.
 */
public final class OrderKeys {
  private OrderKeys() {}

  /**
   * One parsed item.
   *
   * @param name the property or column named
   * @param descending whether {@code DESC} was written
   */
  public record Key(String name, boolean descending) {}

  /** The item parsed, or empty when it is not a name with an optional direction. */
  public static Optional<Key> parse(String item) {
    String[] words = item == null ? new String[0] : item.strip().split("\\s+");
    if (words.length == 0 || words.length > 2 || words[0].isEmpty()) {
      return Optional.empty();
    }
    String direction = words.length == 2 ? words[1].toUpperCase(Locale.ROOT) : "ASC";
    if (!direction.equals("ASC") && !direction.equals("DESC")) {
      return Optional.empty();
    }
    return Optional.of(new Key(words[0], direction.equals("DESC")));
  }

  /** The property of {@code entity} that {@code name} names: by its Java name, else by its column's. */
  public static Optional<PropertyModel> property(EntityModel entity, String name) {
    for (PropertyModel p : entity.properties()) {
      if (name.equals(p.name())) {
        return Optional.of(p);
      }
    }
    for (PropertyModel p : entity.properties()) {
      if (name.equals(p.column())) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** {@code "name, id DESC"}: the items (already judged valid) as column names, for the runtime. */
  public static String canonical(List<String> items, EntityModel entity) {
    List<String> keys = new ArrayList<>();
    for (String item : items) {
      Optional<Key> key = parse(item);
      Optional<PropertyModel> property = key.flatMap(k -> property(entity, k.name()));
      if (property.isPresent()) {
        keys.add(property.get().column() + (key.get().descending() ? " DESC" : ""));
      }
    }
    return String.join(", ", keys);
  }
}
