package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.PropertyModel;
import dev.dovetail.processor.model.ValueKind;
import java.util.Set;

/**
 * An id must be of a type every database compares and indexes well and the runtime binds the same way
 * everywhere: {@code long}, {@code int}, {@code short} (or their boxes), {@code String} or {@code UUID}.
 */
final class IdTypeValidator implements Validator {
  private static final Set<ValueKind> KEY_KINDS =
      Set.of(ValueKind.LONG, ValueKind.INT, ValueKind.SHORT, ValueKind.STRING, ValueKind.UUID);

  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (EntityModel entity : database.entities()) {
      for (PropertyModel property : entity.ids()) {
        // An unmapped type is reported once, as such, by the column type rule.
        ValueKind kind = property.kind();
        if (kind != null && kind != ValueKind.UNSUPPORTED && !KEY_KINDS.contains(kind)) {
          reporter.error(Origins.annotation(property.origin(), Origins.ID), Diagnostic.UNSUPPORTED_ID_TYPE,
              entity.simpleName(), property.name(), Names.simple(property.javaType()));
        }
      }
    }
  }
}
