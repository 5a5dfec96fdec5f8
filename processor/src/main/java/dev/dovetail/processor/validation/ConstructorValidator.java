package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.PropertyModel;
import java.util.StringJoiner;

/**
 * The generated row mapper builds an entity with {@code new}, passing every mapped property in declaration
 * order, without reflection; so that constructor must exist and be visible from the entity's package.
 */
final class ConstructorValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (EntityModel entity : database.entities()) {
      // A type of the wrong shape cannot be built whatever its constructors; that is reported already.
      if (!entity.constructible() && entity.problems().isEmpty()) {
        reporter.error(entity.origin(), Diagnostic.NO_CONSTRUCTOR, entity.simpleName(), suggestion(entity));
      }
    }
  }

  private static String suggestion(EntityModel entity) {
    StringJoiner parameters = new StringJoiner(", ", entity.simpleName() + "(", ")");
    for (PropertyModel property : entity.properties()) {
      parameters.add(Names.simple(property.javaType()) + " " + property.name());
    }
    return parameters.toString();
  }
}
