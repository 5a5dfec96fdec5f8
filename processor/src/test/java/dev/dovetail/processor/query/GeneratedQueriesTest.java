package dev.dovetail.processor.query;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.dovetail.processor.query.QuerySources.compile;
import static dev.dovetail.processor.query.QuerySources.course;
import static dev.dovetail.processor.query.QuerySources.school;
import static dev.dovetail.processor.query.QuerySources.type;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The shape of a generated queries implementation and metamodel (golden files, compared as syntax trees),
 * the accessor on the database, and javac's type checks of typed filters.
 */
class GeneratedQueriesTest {
  private static final JavaFileObject REPORTS = JavaFileObjects.forResource("query/Reports.java");

  @Test
  void queriesImplementation() {
    Compilation c = compile(REPORTS, course(), school("", "Reports.class"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.ReportsImpl")
        .hasSourceEquivalentTo(JavaFileObjects.forResource("query/golden/ReportsImpl.java"));
    assertThat(c).generatedSourceFile("test.SchoolDb").contentsAsUtf8String()
        .contains("public Reports reports() {");
  }

  @Test
  void abstractClassIsExtended() {
    JavaFileObject paging = type("Paging",
        "@Queries",
        "public abstract class Paging {",
        "  /** A concrete helper calling the generated statement. */",
        "  public List<Course> firstPage() { return page(10, 0); }",
        "  @Query(\"SELECT c.* FROM courses c ORDER BY c.id LIMIT :limit OFFSET :offset\")",
        "  protected abstract List<Course> page(long limit, long offset);",
        "}");
    Compilation c = compile(paging, course(), school("", "Paging.class"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.PagingImpl").contentsAsUtf8String()
        .contains("public final class PagingImpl extends Paging {");
    assertThat(c).generatedSourceFile("test.PagingImpl").contentsAsUtf8String()
        .contains("protected List<Course> page(long limit, long offset) {");
  }

  @Test
  void metamodel() {
    Compilation c = compile(course(), type("School", "@Database(entities = Course.class)",
        "public interface School {}"));
    assertThat(c).generatedSourceFile("test.Course_")
        .hasSourceEquivalentTo(JavaFileObjects.forResource("query/golden/Course_.java"));
  }

  @Test
  void typedFiltersAreCheckedByJavac() {
    JavaFileObject ok = type("Filters",
        "import dev.dovetail.filter.*;",
        "class Filters {",
        "  Condition a = Course_.TITLE.startsWith(\"a\").and(Course_.CREDITS.between(1, 5));",
        "  Condition b = Course_.ID.in(1L, 2L).or(Course_.TITLE.isNull()).not();",
        "  Ordering c = Course_.TITLE.desc();",
        "}");
    JavaFileObject school = type("School", "@Database(entities = Course.class)", "public interface School {}");
    assertThat(compile(ok, course(), school)).succeededWithoutWarnings();

    JavaFileObject wrong = type("Wrong",
        "import dev.dovetail.filter.*;",
        "class Wrong {",
        "  Condition a = Course_.ID.eq(\"x\");",
        "  Condition b = Course_.CREDITS.startsWith(\"1\");",
        "}");
    Compilation c = compile(wrong, course(), school);
    assertThat(c).hadErrorContaining("cannot be converted to java.lang.Long");
    assertThat(c).hadErrorContaining("cannot find symbol");
    assertThat(c).hadErrorCount(2);
  }
}
