package dev.dovetail.processor.validation;

import dev.dovetail.OnDelete;
import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.PropertyModel;

/**
 * {@code ON DELETE SET NULL} on a {@code NOT NULL} column would fail every delete of a referenced row; orphan
 * removal without a backref has no handle that could make an orphan.
 */
final class OnDeleteValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (EntityModel entity : database.entities()) {
      for (PropertyModel property : entity.properties()) {
        if (property.manyToOne() != null && property.manyToOne().onDelete() == OnDelete.SET_NULL
            && !property.nullable()) {
          reporter.error(Origins.attribute(property.manyToOne().origin(), "onDelete"),
              Diagnostic.SET_NULL_NOT_NULLABLE, entity.simpleName(), property.name(), property.column());
        }
        if (property.manyToOne() != null && property.manyToOne().orphanRemoval()
            && property.manyToOne().backref().isEmpty()) {
          reporter.error(Origins.attribute(property.manyToOne().origin(), "orphanRemoval"),
              Diagnostic.ORPHAN_REMOVAL_WITHOUT_BACKREF, entity.simpleName(), property.name(),
              Names.simple(property.manyToOne().target()));
        }
      }
    }
  }
}
