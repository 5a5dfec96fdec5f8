package dev.dovetail.processor.reading;

import dev.dovetail.RenamedFrom;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.PropertyModel;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;

/**
 * Reads the {@code @RenamedFrom} hints of a database's entities: on an entity, the table's former name; on a
 * component or field, the column's former name. {@code db migrate} turns them into renames that keep the data.
 * They are kept in the text form {@code db migrate} reads ({@code RenameHints} of {@code dovetail-migrate}), so
 * that the processor does not depend on the migration engine.
 */
public final class RenameReader {
  private RenameReader() {}

  /**
   * The hints declared on the entities of {@code database}, one a line ({@code table <former> <new>}, then
   * {@code column <table> <former> <new>}, each sorted by name); column hints name the table by its new name.
   * Empty when there are none.
   */
  public static String read(DatabaseModel database) {
    Map<String, String> tables = new TreeMap<>();
    Map<String, Map<String, String>> columns = new TreeMap<>();
    for (EntityModel entity : database.entities()) {
      String former = formerName(entity.origin() == null ? null : entity.origin().element());
      if (former != null && !former.equals(entity.table())) {
        tables.put(former, entity.table());
      }
      for (PropertyModel property : entity.properties()) {
        String formerColumn = formerName(property.origin() == null ? null : property.origin().element());
        if (formerColumn != null && !formerColumn.equals(property.column())) {
          columns.computeIfAbsent(entity.table(), t -> new TreeMap<>()).put(formerColumn, property.column());
        }
      }
    }
    StringBuilder out = new StringBuilder();
    tables.forEach((from, to) -> out.append("table ").append(from).append(' ').append(to).append('\n'));
    columns.forEach((table, renames) -> renames.forEach((from, to) -> out.append("column ").append(table)
        .append(' ').append(from).append(' ').append(to).append('\n')));
    return out.toString();
  }

  private static String formerName(javax.lang.model.element.Element element) {
    if (element == null) {
      return null;
    }
    return Annotations.find(element, RenamedFrom.class)
        .map((AnnotationMirror mirror) -> Annotations.string(mirror, "value"))
        .filter(name -> !name.isBlank())
        .orElse(null);
  }
}
