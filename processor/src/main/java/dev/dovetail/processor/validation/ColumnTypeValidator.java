package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.PropertyModel;
import dev.dovetail.processor.model.ValueKind;

/** Every mapped property needs a column type; the message lists the Java types that have one. */
final class ColumnTypeValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (EntityModel entity : database.entities()) {
      for (PropertyModel property : entity.properties()) {
        if (property.kind() == ValueKind.UNSUPPORTED || property.kind() == null) {
          reporter.error(property.origin(), Diagnostic.UNSUPPORTED_COLUMN_TYPE, entity.simpleName(),
              property.name(), Names.simple(property.javaType()), ValueKind.supportedTypes());
        }
      }
    }
  }
}
