package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.PropertyModel;

/** The generated code reads each property through an accessor or a public field, never by reflection. */
final class AccessorValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (EntityModel entity : database.entities()) {
      for (PropertyModel property : entity.properties()) {
        if (property.accessor() == null) {
          String name = String.valueOf(property.name());
          String getter = name.isEmpty() ? "get" : "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
          reporter.error(property.origin(), Diagnostic.NO_ACCESSOR, entity.simpleName(), name, name, getter);
        }
      }
    }
  }
}
