package dev.dovetail.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.dovetail.processor.validation.Sources.assertError;
import static dev.dovetail.processor.validation.Sources.assertOrphanReported;
import static dev.dovetail.processor.validation.Sources.compile;
import static dev.dovetail.processor.validation.Sources.course;
import static dev.dovetail.processor.validation.Sources.database;
import static dev.dovetail.processor.validation.Sources.orphan;
import static dev.dovetail.processor.validation.Sources.type;

import com.google.testing.compile.Compilation;
import dev.dovetail.processor.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * DV220-DV222: a relationship's declared order ({@code orderBy}, {@code backrefOrderBy}) names properties of the
 * entities it orders, each with an optional direction. Each error test also shows that processing went on.
 */
class OrderByDiagnosticsTest {
  private final JavaFileObject orphan = orphan();
  private final JavaFileObject course = course();

  @Test
  void validOrdersOfBothEndsCompile() {
    JavaFileObject student = type("Student",
        "@Entity(table = \"students\")",
        "@ManyToMany(name = \"classes\", target = Course.class, joinTable = \"registrations\",",
        "    backref = \"students\", orderBy = {\"title\", \"id DESC\"}, backrefOrderBy = \"full_name desc\")",
        "public record Student(@Id @GeneratedValue Long id, String fullName,",
        "    @ManyToOne(target = Course.class, backref = \"majors\", backrefOrderBy = \"fullName ASC\") Long majorId) {}");
    Compilation c = compile(student, course, database("School", "Student", "Course"));
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void orderByNamingNoPropertyOfTheTarget() {
    JavaFileObject student = type("Student",
        "@Entity(table = \"students\")",
        "@ManyToMany(name = \"classes\", target = Course.class, joinTable = \"registrations\",",
        "    orderBy = {\"title\",",
        "        \"name DESC\"})",
        "public record Student(@Id @GeneratedValue Long id, String name) {}");
    Compilation c = compile(student, course, orphan, database("School", "Student", "Course", "Orphan"));
    assertError(c, Diagnostic.ORDER_BY_UNKNOWN_COLUMN.format("orderBy", "name DESC",
        "@ManyToMany \"classes\" on Student", "Course", "name", "id, title"), student, "\"name DESC\"");
    assertThat(c).hadErrorCount(2);
    assertOrphanReported(c, orphan);
  }

  @Test
  void backrefOrderByNamesTheOwnersProperties() {
    JavaFileObject student = type("Student",
        "@Entity(table = \"students\")",
        "@ManyToMany(name = \"classes\", target = Course.class, joinTable = \"registrations\",",
        "    backref = \"students\", backrefOrderBy = \"title\")",
        "public record Student(@Id @GeneratedValue Long id, String name) {}");
    Compilation c = compile(student, course, orphan, database("School", "Student", "Course", "Orphan"));
    assertError(c, Diagnostic.ORDER_BY_UNKNOWN_COLUMN.format("backrefOrderBy", "title",
        "@ManyToMany \"classes\" on Student", "Student", "title", "id, name"), student, "backrefOrderBy = ");
    assertOrphanReported(c, orphan);
  }

  @Test
  void oneToManyOrderNamesTheChildsProperties() {
    JavaFileObject post = type("Post",
        "@Entity(table = \"posts\")",
        "public record Post(",
        "    @Id @GeneratedValue Long id,",
        "    String body,",
        "    @ManyToOne(target = Course.class, backref = \"posts\",",
        "        backrefOrderBy = \"timestamp DESC\") Long courseId) {}");
    Compilation c = compile(post, course, orphan, database("School", "Post", "Course", "Orphan"));
    assertError(c, Diagnostic.ORDER_BY_UNKNOWN_COLUMN.format("backrefOrderBy", "timestamp DESC",
        "@ManyToOne on Post.courseId", "Post", "timestamp", "id, body, courseId"), post, "backrefOrderBy = ");
    assertOrphanReported(c, orphan);
  }

  @Test
  void anItemThatIsNotANameAndADirection() {
    JavaFileObject student = type("Student",
        "@Entity(table = \"students\")",
        "@ManyToMany(name = \"classes\", target = Course.class, joinTable = \"registrations\",",
        "    orderBy = {\"title sideways\",",
        "        \"lower(title)\",",
        "        \"title, id\"})",
        "public record Student(@Id @GeneratedValue Long id, String name) {}");
    Compilation c = compile(student, course, orphan, database("School", "Student", "Course", "Orphan"));
    String site = "@ManyToMany \"classes\" on Student";
    assertError(c, Diagnostic.ORDER_BY_MALFORMED.format("orderBy", "title sideways", site), student, "sideways");
    assertError(c, Diagnostic.ORDER_BY_UNKNOWN_COLUMN.format("orderBy", "lower(title)", site, "Course",
        "lower(title)", "id, title"), student, "lower(title)");
    assertError(c, Diagnostic.ORDER_BY_MALFORMED.format("orderBy", "title, id", site), student, "title, id");
    assertThat(c).hadErrorCount(4);
    assertOrphanReported(c, orphan);
  }

  @Test
  void backrefOrderByWithoutABackref() {
    JavaFileObject post = type("Post",
        "@Entity(table = \"posts\")",
        "@ManyToMany(name = \"courses\", target = Course.class, joinTable = \"post_courses\",",
        "    backrefOrderBy = \"id\")",
        "public record Post(",
        "    @Id @GeneratedValue Long id,",
        "    @ManyToOne(target = Course.class, backrefOrderBy = \"courseId\") Long courseId) {}");
    Compilation c = compile(post, course, orphan, database("School", "Post", "Course", "Orphan"));
    assertError(c, Diagnostic.ORDER_BY_WITHOUT_BACKREF.format("@ManyToMany \"courses\" on Post"), post,
        "    backrefOrderBy = \"id\")");
    assertError(c, Diagnostic.ORDER_BY_WITHOUT_BACKREF.format("@ManyToOne on Post.courseId"), post,
        "backrefOrderBy = \"courseId\"");
    assertThat(c).hadErrorCount(3);
    assertOrphanReported(c, orphan);
  }
}
