package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.QueriesModel;
import dev.dovetail.processor.model.QueryMethodModel;
import dev.dovetail.processor.model.ResultModel;
import dev.dovetail.processor.model.RowModel;
import dev.dovetail.processor.model.ValueKind;
import java.util.Set;

/**
 * A {@code @Query} returns rows in a container the generated code fills ({@code List}, {@code Optional},
 * {@code Stream}, or one row), each an entity of the database, a record it can build, or a single value; an
 * {@code @Update} returns how many rows it changed, whether any did, or nothing. Whether the selected columns
 * fit is judged against the schema later, by the query checker.
 */
final class QueryReturnValidator implements Validator {
  private static final Set<ValueKind> COUNTS = Set.of(ValueKind.INT, ValueKind.LONG, ValueKind.BOOLEAN);

  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (QueriesModel queries : database.queries()) {
      for (QueryMethodModel method : queries.methods()) {
        ResultModel result = method.result();
        if (result == null) {
          continue;
        }
        String name = method.describe(queries);
        String type = Names.simple(result.javaType());
        if (method.kind() == QueryMethodModel.Kind.UPDATE && !isCount(result)) {
          reporter.error(QueryRules.element(method.origin()), Diagnostic.UPDATE_RETURN_TYPE, name, type);
        } else if (method.kind() == QueryMethodModel.Kind.QUERY && !buildable(database, result)) {
          reporter.error(QueryRules.element(method.origin()), Diagnostic.QUERY_RETURN_TYPE, name, type,
              Names.of(database), QueryRules.valueTypes());
        }
      }
    }
  }

  private static boolean isCount(ResultModel result) {
    if (result.shape() == ResultModel.Shape.VOID) {
      return true;
    }
    RowModel row = result.row();
    return result.shape() == ResultModel.Shape.ONE && row != null && row.kind() == RowModel.Kind.VALUE
        && row.value() != null && row.value().primitive() && COUNTS.contains(row.value().kind());
  }

  private static boolean buildable(DatabaseModel database, ResultModel result) {
    RowModel row = result.row();
    if (result.shape() == ResultModel.Shape.VOID || result.shape() == ResultModel.Shape.UNSUPPORTED
        || row == null) {
      return false;
    }
    return switch (row.kind()) {
      case ENTITY -> QueryRules.entity(database, row.qualifiedName()).isPresent();
      case VALUE -> row.value() != null && row.value().kind() != ValueKind.UNSUPPORTED;
      case RECORD -> row.accessible() && !row.components().isEmpty() && row.components().stream()
          .allMatch(c -> c.type() != null && c.type().kind() != ValueKind.UNSUPPORTED);
      case UNSUPPORTED -> false;
    };
  }
}
