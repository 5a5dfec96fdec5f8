package dev.dovetail.schema;

import dev.dovetail.OnDelete;
import java.util.List;

/**
 * A foreign key of a table.
 *
 * @param name the constraint name (see {@link SchemaNames#foreignKey})
 * @param columns the referencing columns
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, the referenced table's primary key
 * @param onDelete what deleting the referenced row does
 */
public record ForeignKeyDef(
    String name, List<String> columns, String referencedTable, List<String> referencedColumns, OnDelete onDelete) {

  /** Copies the lists. */
  public ForeignKeyDef {
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
  }
}
