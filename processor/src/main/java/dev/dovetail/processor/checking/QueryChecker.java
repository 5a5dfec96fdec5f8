package dev.dovetail.processor.checking;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.Origin;
import dev.dovetail.processor.model.QueriesModel;
import dev.dovetail.processor.model.QueryMethodModel;
import dev.dovetail.processor.model.RowModel;
import dev.dovetail.processor.reading.Annotations;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.TableDef;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prepares every checked statement of a valid database against its schema, in an in-memory H2, and reports
 * what the database refuses (an unknown table or column, a syntax error), a {@code @Query} that returns no
 * rows or an {@code @Update} that does, and selected columns that cannot build the return type; each on the
 * method's SQL, quoting the database's message and pointing at the part of the SQL at fault.
 *
 * <p>Starts no database when there is nothing to check. When H2 cannot start it warns once and checks
 * nothing: a missing checker must never break a build that would otherwise work.
 */
public final class QueryChecker {
  /** Checks the statements of {@code database}, whose schema is {@code schema}. */
  public void check(DatabaseModel database, SchemaDef schema, Reporter reporter) {
    List<Checked> work = new ArrayList<>();
    for (QueriesModel queries : database.queries()) {
      for (QueryMethodModel method : queries.methods()) {
        if (method.checked() && method.sql() != null && method.sql().problem() == null
            && (method.kind() == QueryMethodModel.Kind.QUERY || method.kind() == QueryMethodModel.Kind.UPDATE)) {
          work.add(new Checked(queries, method));
        }
      }
    }
    if (work.isEmpty()) {
      return;
    }
    CheckingDatabase checking;
    try {
      checking = CheckingDatabase.start(database.target(), schema);
    } catch (SQLException | RuntimeException | LinkageError e) {
      reporter.warning(database.origin(), Diagnostic.QUERIES_NOT_CHECKED, database.simpleName(), e);
      return;
    }
    try (checking) {
      for (Checked checked : work) {
        check(database, schema, checking, checked.queries(), checked.method(), reporter);
      }
    } catch (SQLException e) {
      // Closing an in-memory database cannot lose anything; the checks are reported already.
    }
  }

  private void check(DatabaseModel database, SchemaDef schema, CheckingDatabase checking, QueriesModel queries,
      QueryMethodModel method, Reporter reporter) {
    String name = method.describe(queries);
    // On the SQL written in the annotation, so that the IDE underlines the statement.
    Origin at = Annotations.attribute(method.origin(), "value");
    boolean query = method.kind() == QueryMethodModel.Kind.QUERY;
    try (PreparedStatement ps = checking.connection().prepareStatement(method.sql().jdbc())) {
      ResultSetMetaData meta = ps.getMetaData();
      if (query && meta == null) {
        reporter.error(at, Diagnostic.QUERY_KIND_MISMATCH, name, "Query", "returns no rows", "Update");
      } else if (!query && meta != null) {
        reporter.error(at, Diagnostic.QUERY_KIND_MISMATCH, name, "Update", "is a query returning rows", "Query");
      } else if (query && method.result() != null && method.result().row() != null) {
        checkColumns(database, name, at, meta, method.result().row(), reporter);
      }
    } catch (SQLException e) {
      H2Refusal refusal = H2Refusal.of(e, method.sql());
      switch (refusal.kind()) {
        case UNKNOWN_TABLE -> reporter.error(at, Diagnostic.QUERY_UNKNOWN_TABLE, name, database.simpleName(),
            refusal.message(), refusal.marked(), tables(schema));
        case UNKNOWN_COLUMN -> reporter.error(at, Diagnostic.QUERY_UNKNOWN_COLUMN, name, refusal.message(),
            refusal.marked());
        case SYNTAX -> reporter.error(at, Diagnostic.QUERY_SYNTAX_ERROR, name, checking.description(),
            refusal.message(), refusal.marked());
        case OTHER -> reporter.error(at, Diagnostic.QUERY_REFUSED, name, checking.description(), refusal.message(),
            refusal.marked());
      }
    } catch (RuntimeException e) {
      reporter.error(at, Diagnostic.QUERY_REFUSED, name, checking.description(), e, method.sql().text());
    }
  }

  private static void checkColumns(DatabaseModel database, String name, Origin at, ResultSetMetaData meta,
      RowModel row, Reporter reporter) throws SQLException {
    List<String> labels = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      labels.add(meta.getColumnLabel(i));
    }
    EntityModel entity = row.kind() == RowModel.Kind.ENTITY ? database.entity(row.qualifiedName()).orElse(null)
        : null;
    ResultShape shape = ResultShape.of(labels, row, entity);
    if (shape.problem() != null) {
      String type = row.qualifiedName().substring(row.qualifiedName().lastIndexOf('.') + 1);
      reporter.error(at, Diagnostic.QUERY_RESULT_MISMATCH, name, type, shape.problem(), shape.expected());
    }
  }

  private static String tables(SchemaDef schema) {
    return String.join(", ", schema.tables().stream().map(TableDef::name).toList());
  }

  /** A statement to check, and the type declaring it. */
  private record Checked(QueriesModel queries, QueryMethodModel method) {}
}
