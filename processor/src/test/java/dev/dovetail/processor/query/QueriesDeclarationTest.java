package dev.dovetail.processor.query;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.dovetail.processor.query.QuerySources.assertError;
import static dev.dovetail.processor.query.QuerySources.compile;
import static dev.dovetail.processor.query.QuerySources.compileReports;
import static dev.dovetail.processor.query.QuerySources.course;
import static dev.dovetail.processor.query.QuerySources.reports;
import static dev.dovetail.processor.query.QuerySources.school;
import static dev.dovetail.processor.query.QuerySources.type;

import com.google.testing.compile.Compilation;
import dev.dovetail.processor.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** DV411-DV413 and DV417-DV421: how {@code @Queries} types and their methods are declared and listed. */
class QueriesDeclarationTest {
  private static final String VALID = "  @Query(\"SELECT c.* FROM courses c\") List<Course> all();";

  @Test
  void listedTypeWithoutQueries() {
    JavaFileObject plain = type("Plain", "public interface Plain {}");
    JavaFileObject school = type("School",
        "@Database(entities = Course.class, queries = {Reports.class,",
        "    Plain.class})",
        "public interface School {}");
    JavaFileObject reports = reports("  @Query(\"SELECT c.nope FROM courses c\") List<String> nope();");
    Compilation c = compile(plain, reports, course(), school);
    assertError(c, Diagnostic.NOT_QUERIES.format("Plain", "School", "Plain"), school, "Plain.class})");
    // Validation errors stop the database before its statements are prepared, but every rule still ran.
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void typesThatCannotBeImplemented() {
    JavaFileObject concrete = type("Concrete",
        "@Queries",
        "public class Concrete {}");
    JavaFileObject generic = type("Generic",
        "@Queries",
        "public interface Generic<T> {}");
    JavaFileObject hidden = type("Hidden",
        "@Queries",
        "public abstract class Hidden {",
        "  private Hidden() {}",
        "}");
    Compilation c = compile(concrete, generic, hidden, course(),
        school("", "Concrete.class", "Generic.class", "Hidden.class"));
    assertError(c, Diagnostic.QUERIES_SHAPE.format("Concrete", "a concrete class"), concrete, "class Concrete");
    assertError(c, Diagnostic.QUERIES_SHAPE.format("Generic", "generic"), generic, "interface Generic");
    assertError(c, Diagnostic.QUERIES_SHAPE.format("Hidden", "an abstract class without a constructor taking no "
        + "arguments that its subclass can call"), hidden, "abstract class Hidden");
  }

  @Test
  void abstractMethodsNeedExactlyOneStatement() {
    JavaFileObject reports = reports(
        "  List<Course> forgotten();",
        "  @Query(\"SELECT c.* FROM courses c\") @Update(\"DELETE FROM courses\")",
        "  int confused();",
        "  @Query(\"SELECT c.* FROM courses c\")",
        "  <T> List<Course> generic();",
        "  default int helper() { return 1; }",
        VALID);
    Compilation c = compileReports(reports);
    assertError(c, Diagnostic.QUERY_METHOD_NOT_ANNOTATED.format("Reports.forgotten", "neither @Query nor @Update"),
        reports, "forgotten()");
    assertError(c, Diagnostic.QUERY_METHOD_NOT_ANNOTATED.format("Reports.confused", "both @Query and @Update"),
        reports, "confused()");
    assertError(c, Diagnostic.QUERY_METHOD_GENERIC.format("Reports.generic"), reports, "generic()");
    assertThat(c).hadErrorCount(3);
  }

  @Test
  void accessorClashesWithADaoAccessor() {
    JavaFileObject courses = type("Courses",
        "@Queries",
        "public interface Courses {",
        VALID,
        "}");
    JavaFileObject school = school("", "Courses.class");
    Compilation c = compile(courses, course(), school);
    assertError(c, Diagnostic.QUERIES_ACCESSOR_CLASH.format("Courses", "courses", "SchoolDb",
        "the DAO accessor of entity Course", "Courses"), school, "Courses.class");
  }

  @Test
  void unknownTarget() {
    JavaFileObject school = school(", target = \"oracle\"", "Reports.class");
    Compilation c = compile(reports(VALID), course(), school);
    assertError(c, "[DV418] @Database School has target = \"oracle\", which names no database Dovetail knows",
        school, "target = \"oracle\"");
  }

  @Test
  void queriesListedNowhereIsAWarning() {
    JavaFileObject reports = reports(VALID);
    Compilation c = compile(reports, course(), type("School", "@Database(entities = Course.class)",
        "public interface School {}"));
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining(Diagnostic.QUERIES_NOT_IN_DATABASE.format("Reports", "Reports"))
        .inFile(reports).onLineContaining("interface Reports");
  }

  @Test
  void queriesListedTwiceOrInTwoDatabases() {
    JavaFileObject twice = type("School",
        "@Database(entities = Course.class, queries = {Reports.class,",
        "    Reports.class})",
        "public interface School {}");
    Compilation c = compile(reports(VALID), course(), twice);
    assertError(c, Diagnostic.QUERIES_LISTED_TWICE.format("Reports", "School", "again in the same list"), twice,
        "    Reports.class})");

    JavaFileObject other = type("Campus",
        "@Database(entities = {}, queries = Reports.class)",
        "public interface Campus {}");
    Compilation two = compile(reports(VALID), course(), school("", "Reports.class"), other);
    assertThat(two).hadErrorContaining("[DV420] @Queries type Reports is listed in @Database");
  }
}
