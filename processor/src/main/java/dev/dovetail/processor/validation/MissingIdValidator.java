package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;

/** Every entity needs a primary key: the DAO finds, updates and deletes rows by it. */
final class MissingIdValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (EntityModel entity : database.entities()) {
      // A type that is no class at all has already been reported, and has no properties to mark.
      if (entity.ids().isEmpty() && !entity.problems().contains(EntityModel.Shape.NOT_A_CLASS)) {
        reporter.error(entity.origin(), Diagnostic.MISSING_ID, entity.simpleName());
      }
    }
  }
}
