package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.Origin;
import dev.dovetail.processor.model.QueriesModel;
import dev.dovetail.processor.model.QueryMethodModel;

/**
 * Every abstract method of a {@code @Queries} type is implemented from its one annotation: with neither
 * {@code @Query} nor {@code @Update} there is nothing to generate, with both it is unclear which; and a
 * method with type parameters has no fixed types to bind or read.
 */
final class QueryMethodShapeValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (QueriesModel queries : database.queries()) {
      for (QueryMethodModel method : queries.methods()) {
        Origin origin = QueryRules.element(method.origin());
        if (method.kind() == QueryMethodModel.Kind.NONE) {
          reporter.error(origin, Diagnostic.QUERY_METHOD_NOT_ANNOTATED, method.describe(queries),
              "neither @Query nor @Update");
        } else if (method.kind() == QueryMethodModel.Kind.BOTH) {
          reporter.error(origin, Diagnostic.QUERY_METHOD_NOT_ANNOTATED, method.describe(queries),
              "both @Query and @Update");
        }
        if (method.generic()) {
          reporter.error(origin, Diagnostic.QUERY_METHOD_GENERIC, method.describe(queries));
        }
      }
    }
  }
}
