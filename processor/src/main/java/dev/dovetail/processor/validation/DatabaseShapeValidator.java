package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.Origin;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code @Database} goes on an interface (it only carries the list; {@code SchoolDb} is generated beside
 * it), and lists only entities, each once.
 */
final class DatabaseShapeValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    Origin origin = database.origin();
    if (!database.isInterface()) {
      reporter.error(origin == null || origin.element() == null ? origin : Origin.of(origin.element()),
          Diagnostic.DATABASE_NOT_INTERFACE, database.simpleName(), database.simpleName());
    }
    Set<String> listed = new HashSet<>();
    for (EntityModel entity : database.entities()) {
      if (entity.qualifiedName() != null && !listed.add(entity.qualifiedName())) {
        reporter.error(Origins.listed(origin, "entities", entity.qualifiedName(), 1), Diagnostic.ENTITY_LISTED_TWICE,
            entity.simpleName(), Names.of(database), entity.simpleName());
      }
    }
    for (String type : database.notEntities()) {
      reporter.error(Origins.listed(origin, "entities", type), Diagnostic.NOT_AN_ENTITY, Names.simple(type),
          Names.of(database), Names.simple(type));
    }
  }
}
