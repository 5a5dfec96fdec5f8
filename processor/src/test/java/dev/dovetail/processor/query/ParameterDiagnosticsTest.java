package dev.dovetail.processor.query;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.dovetail.processor.query.QuerySources.assertError;
import static dev.dovetail.processor.query.QuerySources.compileReports;
import static dev.dovetail.processor.query.QuerySources.reports;

import com.google.testing.compile.Compilation;
import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.model.ValueKind;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * DV405, DV406, DV409, DV416: the named parameters of a statement and the method's parameters, judged before
 * any database is started. Each test also shows that processing went on to the next method.
 */
class ParameterDiagnosticsTest {
  @Test
  void parameterTheSqlNeverUses() {
    JavaFileObject reports = reports(
        "  @Query(\"SELECT c.* FROM courses c WHERE c.credits > :min\")",
        "  List<Course> atLeast(int min,",
        "      String title);",
        "  @Query(\"SELECT c.* FROM courses c\")",
        "  List<Course> all(int limit);");
    Compilation c = compileReports(reports);
    assertError(c, Diagnostic.QUERY_PARAMETER_UNUSED.format("title", "Reports.atLeast", "title"), reports,
        "String title");
    assertError(c, Diagnostic.QUERY_PARAMETER_UNUSED.format("limit", "Reports.all", "limit"), reports,
        "all(int limit)");
    assertThat(c).hadErrorCount(2);
  }

  @Test
  void namedParameterWithoutMethodParameter() {
    JavaFileObject reports = reports(
        "  @Query(\"SELECT c.* FROM courses c WHERE c.credits > :min\")",
        "  List<Course> atLeast(int minimum);",
        "  @Query(\"SELECT c.* FROM courses c WHERE c.title = :title\")",
        "  List<Course> titled();");
    Compilation c = compileReports(reports);
    assertError(c, Diagnostic.QUERY_PARAMETER_MISSING.format("Reports.atLeast", "min", "min", "minimum"), reports,
        "c.credits > :min");
    assertError(c, Diagnostic.QUERY_PARAMETER_UNUSED.format("minimum", "Reports.atLeast", "minimum"), reports,
        "int minimum");
    assertError(c, Diagnostic.QUERY_PARAMETER_MISSING.format("Reports.titled", "title", "title", "it has none"),
        reports, "c.title = :title");
  }

  @Test
  void parameterTypeThatCannotBeBound() {
    JavaFileObject reports = reports(
        "  @Query(\"SELECT c.* FROM courses c WHERE c.id = :ids\")",
        "  List<Course> byIds(List<Long> ids);",
        "  @Query(\"SELECT c.* FROM courses c WHERE c.id = :course\")",
        "  List<Course> same(Course course);");
    Compilation c = compileReports(reports);
    assertError(c, Diagnostic.QUERY_PARAMETER_TYPE.format("ids", "Reports.byIds", "List<Long>",
        ValueKind.supportedTypes()), reports, "List<Long> ids");
    assertError(c, Diagnostic.QUERY_PARAMETER_TYPE.format("course", "Reports.same", "Course",
        ValueKind.supportedTypes()), reports, "Course course");
  }

  @Test
  void positionalParameterOrUnclosedLiteral() {
    JavaFileObject reports = reports(
        "  @Query(\"SELECT c.* FROM courses c WHERE c.id = ?\")",
        "  List<Course> positional(long id);",
        "  @Query(\"SELECT c.* FROM courses c WHERE c.title = 'open\")",
        "  List<Course> open();");
    Compilation c = compileReports(reports);
    // javac indents the lines after the first of a message: assert them one by one.
    assertError(c, "[DV416] the SQL of Reports.positional has a positional parameter ?", reports, "c.id = ?");
    assertError(c, "at: SELECT c.* FROM courses c WHERE c.id = [*]?", reports, "c.id = ?");
    assertError(c, "[DV416] the SQL of Reports.open has a ' that is never closed", reports, "'open");
  }

  @Test
  void namesInsideLiteralsCommentsAndCastsAreNoParameters() {
    JavaFileObject reports = reports(
        "  @Query(\"SELECT c.* FROM courses c WHERE c.title <> ':no' /* :nor */ AND c.credits > :min -- :nope\")",
        "  List<Course> atLeast(int min);");
    assertThat(compileReports(reports)).succeededWithoutWarnings();
  }
}
