package dev.dovetail.processor.validation;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import java.util.List;

/**
 * {@code @Database(target = ...)} names the database the queries are written for, by its dialect's name, so
 * that they are checked in H2's compatibility mode for it; a name no dialect has would silently check them
 * in another mode.
 */
final class TargetValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    String target = database.target();
    if (target == null || target.isEmpty()) {
      return;
    }
    List<String> names = Dialect.all().stream().map(Dialect::name).toList();
    if (!names.contains(target)) {
      reporter.error(Origins.attribute(database.origin(), "target"), Diagnostic.UNKNOWN_TARGET,
          Names.of(database), target, String.join(", ", names));
    }
  }
}
