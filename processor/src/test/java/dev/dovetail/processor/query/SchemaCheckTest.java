package dev.dovetail.processor.query;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.dovetail.processor.query.QuerySources.assertError;
import static dev.dovetail.processor.query.QuerySources.compile;
import static dev.dovetail.processor.query.QuerySources.compileReports;
import static dev.dovetail.processor.query.QuerySources.course;
import static dev.dovetail.processor.query.QuerySources.reports;
import static dev.dovetail.processor.query.QuerySources.school;

import com.google.testing.compile.Compilation;
import dev.dovetail.processor.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * DV401-DV404, DV415: what the database refuses when the statements are prepared against the schema at
 * compile time, each on the line of the SQL, quoting H2 and pointing at the fault. Each test also shows that
 * the next method was checked too.
 */
class SchemaCheckTest {
  /** A second faulty method, so that each test shows the check went on past the first. */
  private static final String NEXT = "  @Query(\"SELECT c.grade FROM courses c\") List<Integer> grades();";

  private static void assertNextReported(Compilation c, JavaFileObject reports) {
    assertError(c, Diagnostic.QUERY_UNKNOWN_COLUMN.id(), reports, "c.grade");
  }

  @Test
  void unknownColumn() {
    JavaFileObject reports = reports(
        "  @Query(\"SELECT c.titel FROM courses c WHERE c.credits > :min\")",
        "  List<String> titles(int min);",
        NEXT);
    Compilation c = compileReports(reports);
    assertError(c, "[DV402] Reports.titles names a column that the schema does not have: Column \"C.TITEL\" not found",
        reports, "c.titel");
    assertError(c, "at: SELECT [*]c.titel FROM courses c WHERE c.credits > :min", reports, "c.titel");
    assertNextReported(c, reports);
  }

  @Test
  void unknownTable() {
    JavaFileObject reports = reports(
        "  @Query(\"SELECT c.* FROM course c\")",
        "  List<Course> all();",
        NEXT);
    Compilation c = compileReports(reports);
    assertError(c, "[DV401] Reports.all names a table that @Database School does not have: Table \"COURSE\" not found",
        reports, "FROM course c");
    assertError(c, "at: SELECT c.* FROM [*]course c", reports, "FROM course c");
    assertError(c, "name one of its tables (courses)", reports, "FROM course c");
    assertNextReported(c, reports);
  }

  @Test
  void syntaxError() {
    JavaFileObject reports = reports(
        "  @Query(\"SELECT c.* FROM courses c WHERE c.credits > :min ORDER c.title\")",
        "  List<Course> byTitle(int min);",
        NEXT);
    Compilation c = compileReports(reports);
    assertError(c, "[DV403] Reports.byTitle is not valid SQL for H2: Syntax error", reports, "ORDER c.title");
    assertError(c, "at: SELECT c.* FROM courses c WHERE c.credits > :min [*]ORDER c.title", reports, "ORDER c.title");
    assertNextReported(c, reports);
  }

  @Test
  void otherRefusal() {
    JavaFileObject reports = reports(
        "  @Query(\"SELECT nosuchfunction(c.title) FROM courses c\")",
        "  List<String> odd();",
        NEXT);
    Compilation c = compileReports(reports);
    assertError(c, "[DV404] Reports.odd was refused by H2: Function \"NOSUCHFUNCTION\" not found", reports,
        "nosuchfunction");
    assertNextReported(c, reports);
  }

  @Test
  void queryThatReturnsNoRowsAndUpdateThatDoes() {
    JavaFileObject reports = reports(
        "  @Query(\"DELETE FROM courses\")",
        "  List<Course> purge();",
        "  @Update(\"SELECT c.id FROM courses c\")",
        "  int ids();");
    Compilation c = compileReports(reports);
    assertError(c, Diagnostic.QUERY_KIND_MISMATCH.format("Reports.purge", "Query", "returns no rows", "Update"),
        reports, "DELETE FROM courses");
    assertError(c, Diagnostic.QUERY_KIND_MISMATCH.format("Reports.ids", "Update", "is a query returning rows",
        "Query"), reports, "SELECT c.id FROM courses c");
  }

  @Test
  void uncheckedSqlIsNotPrepared() {
    JavaFileObject reports = reports(
        "  @Query(value = \"SELECT c.* FROM courses c TABLESAMPLE SYSTEM (10)\", checked = false)",
        "  List<Course> sample();",
        "  @Query(\"SELECT c.* FROM courses c TABLESAMPLE SYSTEM (10)\")",
        "  List<Course> checkedSample();");
    Compilation c = compileReports(reports);
    assertError(c, "[DV403] Reports.checkedSample is not valid SQL for H2", reports,
        "@Query(\"SELECT c.* FROM courses c TABLESAMPLE");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void targetChoosesTheCompatibilityMode() {
    // PostgreSQL folds unquoted names to lowercase, so "title" names the column; H2's own mode folds to upper.
    JavaFileObject reports = reports(
        "  @Query(\"SELECT c.\\\"title\\\" FROM courses c\")",
        "  List<String> titles();");
    assertThat(compile(reports, course(), school(", target = \"postgresql\"", "Reports.class")))
        .succeededWithoutWarnings();
    Compilation h2 = compile(reports, course(), school("", "Reports.class"));
    assertError(h2, "[DV402] Reports.titles", reports, "SELECT c.");
  }

  @Test
  void syntaxErrorInTargetModeNamesTheMode() {
    JavaFileObject reports = reports(
        "  @Query(\"SELEC 1\")",
        "  List<Integer> one();");
    Compilation c = compile(reports, course(), school(", target = \"postgresql\"", "Reports.class"));
    assertError(c, "[DV403] Reports.one is not valid SQL for H2 in PostgreSQL mode", reports, "SELEC 1");
  }
}
