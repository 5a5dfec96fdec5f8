package dev.dovetail.schema;

import java.util.List;

/**
 * An index of a table; a unique one is how unique constraints are kept.
 *
 * @param name the index name (see {@link SchemaNames})
 * @param columns the indexed columns, in order
 * @param unique whether the index forbids duplicates
 */
public record IndexDef(String name, List<String> columns, boolean unique) {

  /** Copies the list. */
  public IndexDef {
    columns = List.copyOf(columns);
  }
}
