package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.Origin;
import dev.dovetail.processor.model.QueriesModel;

/**
 * A type listed in {@code @Database(queries = ...)} must say it is one, with {@code @Queries}, and must be a
 * type the generated class can implement or extend: an interface, or an abstract class it can construct.
 */
final class QueriesTypeValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (QueriesModel queries : database.queries()) {
      String name = Names.simple(queries.qualifiedName());
      if (!queries.annotated()) {
        reporter.error(Origins.listed(database.origin(), "queries", queries.qualifiedName()), Diagnostic.NOT_QUERIES,
            name, Names.of(database), name);
      } else if (queries.problem() != null) {
        Origin origin = queries.origin() == null ? database.origin() : Origin.of(queries.origin().element());
        reporter.error(origin, Diagnostic.QUERIES_SHAPE, name, queries.problem());
      }
    }
  }
}
