package dev.dovetail.processor.model;

import java.util.List;

/**
 * What one row of a declared query is read into.
 *
 * @param kind an entity, a record, or a single value
 * @param qualifiedName the row type's qualified name (for a value, its source name)
 * @param packageName the row type's package (empty for a primitive or an array)
 * @param value for {@link Kind#VALUE}, the type of the value; else null
 * @param components for {@link Kind#RECORD}, its components in order; else empty
 * @param accessible whether generated code in the {@code @Queries} type's package can call a record's
 *     canonical constructor (always true for other kinds)
 */
public record RowModel(Kind kind, String qualifiedName, String packageName, ValueType value,
    List<Component> components, boolean accessible) {

  /** What a row is read into. */
  public enum Kind {
    /** An {@code @Entity}, read from the columns named like its table's. */
    ENTITY,
    /** A record that is no entity, read from the columns named like its components. */
    RECORD,
    /** One column's value. */
    VALUE,
    /** Anything else; the validator reports it. */
    UNSUPPORTED
  }

  /**
   * A record component and the column it is read from.
   *
   * @param name the component's name ({@code authorName})
   * @param column the column label it is read from ({@code author_name})
   * @param type its type
   */
  public record Component(String name, String column, ValueType type) {}

  /** Copies the list. */
  public RowModel {
    components = components == null ? List.of() : List.copyOf(components);
  }

  /** The columns the row is read from, by name: a record's; an entity's and a value's are found elsewhere. */
  public List<String> columns() {
    return components.stream().map(Component::column).toList();
  }
}
