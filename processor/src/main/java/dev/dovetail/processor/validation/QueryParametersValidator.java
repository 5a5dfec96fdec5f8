package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.NamedSql;
import dev.dovetail.processor.model.QueriesModel;
import dev.dovetail.processor.model.QueryMethodModel;
import dev.dovetail.processor.model.QueryParameterModel;
import dev.dovetail.processor.model.ValueKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The named parameters of a statement and the method's parameters must match one to one: a {@code :name}
 * without a parameter would be bound to nothing, and a parameter no {@code :name} uses is a mistake in the
 * SQL or the signature. Every parameter must have a type the dialect binds, and the SQL must be readable
 * (no positional {@code ?}, no literal or comment left open).
 */
final class QueryParametersValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (QueriesModel queries : database.queries()) {
      for (QueryMethodModel method : queries.methods()) {
        if (QueryRules.annotated(method) && method.sql() != null) {
          validate(queries, method, reporter);
        }
      }
    }
  }

  private static void validate(QueriesModel queries, QueryMethodModel method, Reporter reporter) {
    String name = method.describe(queries);
    NamedSql sql = method.sql();
    if (sql.problem() != null) {
      reporter.error(QueryRules.sql(method.origin()), Diagnostic.QUERY_UNREADABLE, name, sql.problem(),
          sql.marked(sql.problemOffset()));
      return;
    }
    Set<String> used = new LinkedHashSet<>(sql.names());
    List<String> declared = method.parameters().stream().map(QueryParameterModel::name).toList();
    for (String parameter : used) {
      if (!declared.contains(parameter)) {
        reporter.error(QueryRules.sql(method.origin()), Diagnostic.QUERY_PARAMETER_MISSING, name, parameter,
            parameter, declared.isEmpty() ? "it has none" : String.join(", ", declared));
      }
    }
    for (QueryParameterModel parameter : method.parameters()) {
      if (!used.contains(parameter.name())) {
        reporter.error(parameter.origin(), Diagnostic.QUERY_PARAMETER_UNUSED, parameter.name(), name,
            parameter.name());
      }
      if (parameter.type() == null || parameter.type().kind() == ValueKind.UNSUPPORTED) {
        reporter.error(parameter.origin(), Diagnostic.QUERY_PARAMETER_TYPE, parameter.name(), name,
            parameter.type() == null ? "?" : Names.simple(parameter.type().sourceName()), QueryRules.valueTypes());
      }
    }
  }
}
