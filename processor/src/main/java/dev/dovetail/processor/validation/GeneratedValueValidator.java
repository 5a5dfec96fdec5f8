package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.Origin;
import dev.dovetail.processor.model.PropertyModel;
import dev.dovetail.processor.model.ValueKind;

/**
 * {@code @GeneratedValue} makes an id an identity column. Only an id can be one, and only a boxed
 * {@code Long} or {@code Integer}: {@code insert} tells an unsaved entity by its {@code null} id, which a
 * primitive cannot hold. And only one per entity: {@code insert} reads back one generated key.
 */
final class GeneratedValueValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (EntityModel entity : database.entities()) {
      PropertyModel first = null;
      for (PropertyModel property : entity.properties()) {
        if (!property.generated()) {
          continue;
        }
        Origin origin = Origins.annotation(property.origin(), Origins.GENERATED_VALUE);
        if (first != null) {
          reporter.error(origin, Diagnostic.GENERATED_TWICE, entity.simpleName(), property.name(), first.name());
          continue;
        }
        first = property;
        if (!property.id()) {
          reporter.error(origin, Diagnostic.GENERATED_NOT_ID, entity.simpleName(), property.name());
        } else if (property.primitive()
            || (property.kind() != ValueKind.LONG && property.kind() != ValueKind.INT)) {
          reporter.error(origin, Diagnostic.GENERATED_NOT_BOXED, entity.simpleName(), property.name(),
              Names.simple(property.javaType()), property.kind() == ValueKind.INT ? "Integer" : "Long");
        }
      }
    }
  }
}
