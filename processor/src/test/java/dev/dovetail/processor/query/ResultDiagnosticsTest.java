package dev.dovetail.processor.query;

import static dev.dovetail.processor.query.QuerySources.assertError;
import static dev.dovetail.processor.query.QuerySources.compile;
import static dev.dovetail.processor.query.QuerySources.compileReports;
import static dev.dovetail.processor.query.QuerySources.course;
import static dev.dovetail.processor.query.QuerySources.reports;
import static dev.dovetail.processor.query.QuerySources.school;
import static dev.dovetail.processor.query.QuerySources.type;

import com.google.testing.compile.Compilation;
import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.model.ValueKind;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * DV407, DV408, DV414: what a statement returns. The return type is judged from the declaration; whether the
 * selected columns build it, from the columns H2 reports when the statement is prepared.
 */
class ResultDiagnosticsTest {
  @Test
  void entityColumnsMissingAndExtra() {
    JavaFileObject reports = reports(
        "  @Query(\"SELECT c.id, c.title, c.credits AS points FROM courses c\")",
        "  List<Course> all();",
        "  @Query(\"SELECT c.*, c.id FROM courses c\")",
        "  Optional<Course> twice();");
    Compilation c = compileReports(reports);
    assertError(c, Diagnostic.QUERY_RESULT_MISMATCH.format("Reports.all", "Course",
        "no column credits; the extra column POINTS", "exactly id, title, credits"), reports, "AS points");
    assertError(c, Diagnostic.QUERY_RESULT_MISMATCH.format("Reports.twice", "Course", "two columns named id",
        "exactly id, title, credits"), reports, "c.*, c.id");
  }

  @Test
  void recordComponentsAreColumnNames() {
    JavaFileObject reports = reports(
        "  record Credit(String courseTitle, int credits) {}",
        "  @Query(\"SELECT c.title AS course_title, c.credits FROM courses c\")",
        "  List<Credit> credits();",
        "  @Query(\"SELECT c.title, c.credits FROM courses c\")",
        "  List<Credit> wrong();");
    Compilation c = compileReports(reports);
    assertError(c, Diagnostic.QUERY_RESULT_MISMATCH.format("Reports.wrong", "Credit",
        "no column course_title; the extra column TITLE", "exactly course_title, credits"), reports,
        "SELECT c.title, c.credits");
    com.google.testing.compile.CompilationSubject.assertThat(c).hadErrorCount(1);
  }

  @Test
  void singleValueIsOneColumn() {
    JavaFileObject reports = reports(
        "  @Query(\"SELECT c.id, c.title FROM courses c\")",
        "  List<String> titles();");
    Compilation c = compileReports(reports);
    assertError(c, Diagnostic.QUERY_RESULT_MISMATCH.format("Reports.titles", "String",
        "it selects 2 columns [ID, TITLE]", "exactly one column"), reports, "SELECT c.id, c.title");
  }

  @Test
  void returnTypesNoQueryReturns() {
    JavaFileObject stranger = type("Stranger",
        "@Entity(table = \"strangers\")",
        "public record Stranger(@Id Long id) {}");
    JavaFileObject reports = reports(
        "  @Query(\"SELECT c.* FROM courses c\")",
        "  Set<Course> asSet();",
        "  @Query(\"SELECT c.* FROM courses c\")",
        "  List<Object> objects();",
        "  @Query(\"SELECT c.id FROM courses c\")",
        "  List<Stranger> strangers();",
        "  @Query(\"SELECT c.* FROM courses c\")",
        "  void nothing();");
    Compilation c = compile(reports, course(), stranger, school("", "Reports.class"));
    String types = ValueKind.supportedTypes();
    assertError(c, Diagnostic.QUERY_RETURN_TYPE.format("Reports.asSet", "Set<Course>", "School", types), reports,
        "asSet()");
    assertError(c, Diagnostic.QUERY_RETURN_TYPE.format("Reports.objects", "List<Object>", "School", types),
        reports, "objects()");
    assertError(c, Diagnostic.QUERY_RETURN_TYPE.format("Reports.strangers", "List<Stranger>", "School", types),
        reports, "strangers()");
    assertError(c, Diagnostic.QUERY_RETURN_TYPE.format("Reports.nothing", "void", "School", types), reports,
        "nothing()");
  }

  @Test
  void updateReturnsACount() {
    JavaFileObject reports = reports(
        "  @Update(\"UPDATE courses SET credits = :credits\")",
        "  String setAll(int credits);",
        "  @Update(\"DELETE FROM courses\")",
        "  Integer purge();");
    Compilation c = compileReports(reports);
    assertError(c, Diagnostic.UPDATE_RETURN_TYPE.format("Reports.setAll", "String"), reports, "setAll(");
    assertError(c, Diagnostic.UPDATE_RETURN_TYPE.format("Reports.purge", "Integer"), reports, "purge()");
  }
}
