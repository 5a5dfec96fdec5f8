package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.PropertyModel;
import java.util.HashMap;
import java.util.Map;

/**
 * Two properties of an entity must not map to one column, after naming rules ({@code firstName} and
 * {@code @Column(name = "first_name")}). Names are compared ignoring case, as MariaDB and unquoted SQL do.
 * Reported on the second property.
 */
final class DuplicateColumnValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (EntityModel entity : database.entities()) {
      Map<String, PropertyModel> seen = new HashMap<>();
      for (PropertyModel property : entity.properties()) {
        if (property.column() == null) {
          continue;
        }
        PropertyModel first = seen.putIfAbsent(Names.key(property.column()), property);
        if (first != null) {
          reporter.error(Origins.annotationAttribute(property.origin(), Origins.COLUMN, "name"),
              Diagnostic.DUPLICATE_COLUMN, entity.simpleName(), property.name(), property.column(),
              entity.simpleName(), first.name());
        }
      }
    }
  }
}
