package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.Origin;

/**
 * {@code @Database} goes on an interface (it only carries the list; {@code SchoolDb} is generated beside
 * it), and lists only entities.
 */
final class DatabaseShapeValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    Origin origin = database.origin();
    if (!database.isInterface()) {
      reporter.error(origin == null || origin.element() == null ? origin : Origin.of(origin.element()),
          Diagnostic.DATABASE_NOT_INTERFACE, database.simpleName(), database.simpleName());
    }
    for (String type : database.notEntities()) {
      reporter.error(Origins.listed(origin, "entities", type), Diagnostic.NOT_AN_ENTITY, Names.simple(type),
          Names.of(database), Names.simple(type));
    }
  }
}
