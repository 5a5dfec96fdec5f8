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
 * DV211-DV214: the names relationships put on DAOs. Each error test also shows that processing went on to the
 * next error.
 */
class HandleNameDiagnosticsTest {
  private final JavaFileObject orphan = orphan();
  private final JavaFileObject course = course();

  @Test
  void backrefClashingWithRelationship() {
    JavaFileObject student = type("Student",
        "@Entity(table = \"students\")",
        "@ManyToMany(name = \"classes\", target = Lecture.class, joinTable = \"registrations\",",
        "    backref = \"students\")",
        "public record Student(@Id @GeneratedValue Long id, String name) {}");
    JavaFileObject lecture = type("Lecture",
        "@Entity(table = \"lectures\")",
        "@ManyToMany(name = \"students\", target = Student.class, joinTable = \"attendance\")",
        "public record Lecture(@Id @GeneratedValue Long id, String title) {}");
    Compilation c = compile(student, lecture, orphan, database("School", "Student", "Lecture", "Orphan"));
    assertError(c, Diagnostic.HANDLE_NAME_CLASH.format("backref", "students", "Student.classes",
        "the relationship Lecture.students", "backref name"), student, "backref = \"students\"");
    assertOrphanReported(c, orphan);
  }

  @Test
  void batchFormClashingWithRelationship() {
    JavaFileObject post = type("Post",
        "@Entity(table = \"posts\")",
        "public record Post(",
        "    @Id @GeneratedValue Long id,",
        "    @ManyToOne(target = Course.class, backref = \"posts\") Long courseId,",
        "    @ManyToOne(target = Course.class, backref = \"postsOf\") Long otherCourseId) {}");
    Compilation c = compile(post, course, orphan, database("School", "Post", "Course", "Orphan"));
    assertError(c, Diagnostic.HANDLE_NAME_CLASH.format("backref", "postsOf", "Post.otherCourseId",
        "the batch loader Course.postsOf of the backref Course.posts of Post.courseId", "backref name"), post,
        "backref = \"postsOf\"");
    assertOrphanReported(c, orphan);
  }

  @Test
  void batchFormByIdsClashingWithRelationship() {
    JavaFileObject post = type("Post",
        "@Entity(table = \"posts\")",
        "public record Post(",
        "    @Id @GeneratedValue Long id,",
        "    @ManyToOne(target = Course.class, backref = \"posts\") Long courseId,",
        "    @ManyToOne(target = Course.class, backref = \"postsOfIds\") Long otherCourseId) {}");
    Compilation c = compile(post, course, orphan, database("School", "Post", "Course", "Orphan"));
    assertError(c, Diagnostic.HANDLE_NAME_CLASH.format("backref", "postsOfIds", "Post.otherCourseId",
        "the batch loader Course.postsOfIds of the backref Course.posts of Post.courseId", "backref name"), post,
        "backref = \"postsOfIds\"");
    assertOrphanReported(c, orphan);
  }

  @Test
  void manyToOneNavigationHasNoBatchForm() {
    // author(post) has no authorOf(posts), so a navigation may take that name: the DAO compiles.
    JavaFileObject post = type("Post",
        "@Entity(table = \"posts\")",
        "public record Post(",
        "    @Id @GeneratedValue Long id,",
        "    @ManyToOne(target = Course.class) Long courseId,",
        "    @ManyToOne(target = Course.class, name = \"courseOf\") Long otherId) {}");
    Compilation c = compile(post, course, database("School", "Post", "Course"));
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void relationshipNamedLikeAProperty() {
    JavaFileObject student = type("Student",
        "@Entity(table = \"students\")",
        "@ManyToMany(name = \"nickname\", target = Course.class, joinTable = \"registrations\")",
        "public record Student(@Id @GeneratedValue Long id, String nickname) {}");
    Compilation c = compile(student, course, orphan, database("School", "Student", "Course", "Orphan"));
    assertError(c, Diagnostic.HANDLE_NAME_CLASHES_PROPERTY.format("name", "nickname", "Student.nickname",
        "Student.nickname", "name"), student, "name = \"nickname\"");
    assertOrphanReported(c, orphan);
  }

  @Test
  void relationshipNamedLikeADaoMethod() {
    JavaFileObject post = type("Post",
        "@Entity(table = \"posts\")",
        "public record Post(",
        "    @Id @GeneratedValue Long id,",
        "    @ManyToOne(target = Course.class, backref = \"count\") Long courseId,",
        "    @ManyToOne(target = Course.class) Long queryId) {}");
    Compilation c = compile(post, course, orphan, database("School", "Post", "Course", "Orphan"));
    assertError(c, Diagnostic.HANDLE_NAME_CLASHES_DAO_METHOD.format("backref", "count", "Post.courseId", "count",
        "backref name"), post, "backref = \"count\"");
    // A derived name clashes too; the remedy says how to name it.
    assertError(c, Diagnostic.HANDLE_NAME_CLASHES_DAO_METHOD.format("name", "query", "Post.queryId", "query",
        "name with @ManyToOne(name = ...)"), post, "Long queryId");
    assertOrphanReported(c, orphan);
  }

  @Test
  void relationshipNameThatIsNoJavaName() {
    JavaFileObject student = type("Student",
        "@Entity(table = \"students\")",
        "@ManyToMany(name = \"classes\", target = Course.class, joinTable = \"registrations\",",
        "    backref = \"enrolled-students\")",
        "public record Student(@Id @GeneratedValue Long id, String name) {}");
    Compilation c = compile(student, course, orphan, database("School", "Student", "Course", "Orphan"));
    assertError(c, Diagnostic.HANDLE_NAME_NOT_IDENTIFIER.format("backref", "enrolled-students", "Student.classes"),
        student, "backref = \"enrolled-students\"");
    assertOrphanReported(c, orphan);
  }
}
