package dev.dovetail.processor.reading;

import dev.dovetail.RenamedFrom;
import dev.dovetail.migrate.RenameHints;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.PropertyModel;
import javax.lang.model.element.AnnotationMirror;

/**
 * Reads the {@code @RenamedFrom} hints of a database's entities: on an entity, the table's former name; on a
 * component or field, the column's former name. {@code db migrate} turns them into renames that keep the data.
 */
public final class RenameReader {
  private RenameReader() {}

  /** The hints declared on the entities of {@code database}; column hints name the table by its new name. */
  public static RenameHints read(DatabaseModel database) {
    RenameHints hints = RenameHints.none();
    for (EntityModel entity : database.entities()) {
      String former = formerName(entity.origin() == null ? null : entity.origin().element());
      if (former != null && !former.equals(entity.table())) {
        hints = hints.table(former, entity.table());
      }
      for (PropertyModel property : entity.properties()) {
        String formerColumn = formerName(property.origin() == null ? null : property.origin().element());
        if (formerColumn != null && !formerColumn.equals(property.column())) {
          hints = hints.column(entity.table(), formerColumn, property.column());
        }
      }
    }
    return hints;
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
