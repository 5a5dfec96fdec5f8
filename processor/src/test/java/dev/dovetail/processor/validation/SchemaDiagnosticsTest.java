package dev.dovetail.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.dovetail.processor.validation.Sources.assertError;
import static dev.dovetail.processor.validation.Sources.assertOrphanReported;
import static dev.dovetail.processor.validation.Sources.assertWarning;
import static dev.dovetail.processor.validation.Sources.compile;
import static dev.dovetail.processor.validation.Sources.course;
import static dev.dovetail.processor.validation.Sources.database;
import static dev.dovetail.processor.validation.Sources.orphan;
import static dev.dovetail.processor.validation.Sources.type;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.dovetail.processor.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** DV3xx: rules over a whole schema, and across schemas. Each error test also shows that processing went on. */
class SchemaDiagnosticsTest {
  private final JavaFileObject orphan = orphan();
  private final JavaFileObject course = course();

  @Test
  void databaseOnAClass() {
    JavaFileObject school = type("School",
        "@Database(entities = {Course.class, Orphan.class})",
        "public abstract class School {}");
    Compilation c = compile(school, course, orphan);
    assertError(c, Diagnostic.DATABASE_NOT_INTERFACE.format("School", "School"), school, "class School");
    assertOrphanReported(c, orphan);
  }

  @Test
  void databaseListingATypeThatIsNoEntity() {
    JavaFileObject address = type("Address", "public record Address(Long id, String street) {}");
    JavaFileObject school = database("School", "Course", "Address", "Orphan");
    Compilation c = compile(school, address, course, orphan);
    assertError(c, Diagnostic.NOT_AN_ENTITY.format("Address", "School", "Address"), school, "Address.class");
    assertOrphanReported(c, orphan);
  }

  @Test
  void entityListedTwice() {
    JavaFileObject school = type("School",
        "@Database(entities = {Course.class, Orphan.class,",
        "    Course.class})",
        "public interface School {}");
    Compilation c = compile(school, course, orphan);
    assertError(c, Diagnostic.ENTITY_LISTED_TWICE.format("Course", "School", "Course"), school, "    Course.class})");
    assertOrphanReported(c, orphan);
  }

  @Test
  void twoEntitiesWithOneSimpleName() {
    JavaFileObject other = JavaFileObjects.forSourceLines("other.Course",
        "package other;",
        "",
        "import dev.dovetail.*;",
        "",
        "@Entity(table = \"other_courses\")",
        "public record Course(@Id @GeneratedValue Long id, String title) {}");
    JavaFileObject school = type("School",
        "@Database(entities = {Course.class, Orphan.class,",
        "    other.Course.class})",
        "public interface School {}");
    Compilation c = compile(school, course, other, orphan);
    assertError(c, Diagnostic.DATABASE_ACCESSOR_CLASH.format("other.Course", "courses", "SchoolDb",
        "entity test.Course", "Course"), school, "other.Course.class");
    assertOrphanReported(c, orphan);
  }

  @Test
  void twoEntitiesOnOneTable() {
    JavaFileObject lecture = type("Lecture",
        "@Entity(table = \"courses\")",
        "public record Lecture(@Id @GeneratedValue Long id, String room) {}");
    Compilation c = compile(course, lecture, orphan, database("School", "Course", "Lecture", "Orphan"));
    assertError(c, Diagnostic.DUPLICATE_TABLE.format("Lecture", "courses", "Course"), lecture,
        "@Entity(table = \"courses\")");
    assertOrphanReported(c, orphan);
  }

  @Test
  void joinTableClashingWithAnEntityTableOrAnotherJoinTable() {
    JavaFileObject student = type("Student",
        "@Entity(table = \"students\")",
        "@ManyToMany(name = \"classes\", target = Course.class,",
        "    joinTable = \"courses\")",
        "public record Student(@Id @GeneratedValue Long id, String name) {}");
    JavaFileObject teacher = type("Teacher",
        "@Entity(table = \"teachers\")",
        "@ManyToMany(name = \"taught\", target = Course.class,",
        "    joinTable = \"teaching\")",
        "public record Teacher(@Id @GeneratedValue Long id, String name) {}");
    JavaFileObject tutor = type("Tutor",
        "@Entity(table = \"tutors\")",
        "@ManyToMany(name = \"tutored\", target = Course.class,",
        "    joinTable = \"TEACHING\")",
        "public record Tutor(@Id @GeneratedValue Long id, String name) {}");
    Compilation c = compile(student, teacher, tutor, course, orphan,
        database("School", "Student", "Teacher", "Tutor", "Course", "Orphan"));
    assertError(c, Diagnostic.JOIN_TABLE_CLASH.format("courses", "classes", "Student", "the table of entity Course"),
        student, "joinTable = \"courses\"");
    // Compared ignoring case: MariaDB on some systems, and unquoted SQL everywhere, make them one table.
    assertError(c, Diagnostic.JOIN_TABLE_CLASH.format("TEACHING", "tutored", "Tutor",
        "the join table of @ManyToMany \"taught\" on Teacher"), tutor, "joinTable = \"TEACHING\"");
    assertOrphanReported(c, orphan);
  }

  @Test
  void relationshipsSharingAThroughEntity() {
    JavaFileObject student = type("Student",
        "@Entity(table = \"students\")",
        "@ManyToMany(name = \"classes\", target = Course.class, through = Registration.class,",
        "    joinColumn = \"student_id\", inverseJoinColumn = \"course_id\")",
        "public record Student(@Id @GeneratedValue Long id, String name) {}");
    JavaFileObject lecture = type("Lecture",
        "@Entity(table = \"lectures\")",
        "@ManyToMany(name = \"pupils\", target = Student.class, through = Registration.class,",
        "    joinColumn = \"course_id\", inverseJoinColumn = \"student_id\")",
        "public record Lecture(@Id @GeneratedValue Long id, String room) {}");
    JavaFileObject registration = type("Registration",
        "@Entity(table = \"registrations\")",
        "public record Registration(",
        "    @Id @GeneratedValue Long id,",
        "    @ManyToOne(target = Student.class, backref = \"registrations\") Long studentId,",
        "    @ManyToOne(target = Course.class, backref = \"registrations\") Long courseId) {}");
    // Lecture's relationship names Course's column for a Lecture: the one real error besides the orphan.
    Compilation c = compile(student, lecture, registration, course, orphan,
        database("School", "Student", "Lecture", "Registration", "Course", "Orphan"));
    assertOrphanReported(c, orphan);
    assertError(c, "[DV210] column \"course_id\" of through entity Registration", lecture,
        "joinColumn = \"course_id\"");
    assertThat(c).hadErrorCount(2);
  }

  @Test
  void cycleOfNonNullableForeignKeys() {
    JavaFileObject author = type("Author",
        "@Entity(table = \"authors\")",
        "public record Author(",
        "    @Id @GeneratedValue Long id,",
        "    @ManyToOne(target = Book.class) long latestBookId) {}");
    JavaFileObject book = type("Book",
        "@Entity(table = \"books\")",
        "public record Book(",
        "    @Id @GeneratedValue Long id,",
        "    @ManyToOne(target = Author.class) long authorId) {}");
    JavaFileObject employee = type("Employee",
        "@Entity(table = \"employees\")",
        "public record Employee(",
        "    @Id @GeneratedValue Long id,",
        "    @ManyToOne(target = Employee.class) @Column(nullable = false) Long managerId) {}");
    Compilation c = compile(author, book, employee, orphan,
        database("School", "Author", "Book", "Employee", "Orphan"));
    assertError(c, Diagnostic.FOREIGN_KEY_CYCLE.format("Author.latestBookId -> Book, Book.authorId -> Author"),
        author, "long latestBookId");
    assertError(c, Diagnostic.FOREIGN_KEY_CYCLE.format("Employee.managerId -> Employee"), employee,
        "Long managerId");
    assertOrphanReported(c, orphan);
  }

  @Test
  void nullableForeignKeyBreaksTheCycle() {
    JavaFileObject author = type("Author",
        "@Entity(table = \"authors\")",
        "public record Author(",
        "    @Id @GeneratedValue Long id,",
        "    @ManyToOne(target = Book.class) Long latestBookId) {}");
    JavaFileObject book = type("Book",
        "@Entity(table = \"books\")",
        "public record Book(",
        "    @Id @GeneratedValue Long id,",
        "    @ManyToOne(target = Author.class) long authorId) {}");
    Compilation c = compile(author, book, orphan, database("School", "Author", "Book", "Orphan"));
    assertOrphanReported(c, orphan);
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void entityInTwoDatabases() {
    JavaFileObject school = database("School", "Course", "Orphan");
    JavaFileObject campus = database("Campus", "Course");
    Compilation c = compile(course, orphan, school, campus);
    assertError(c, Diagnostic.ENTITY_IN_TWO_DATABASES.format("Course", "Campus", "School", "Course", "Campus"),
        campus, "Course.class");
    assertOrphanReported(c, orphan);
  }

  @Test
  void reservedWordsAreQuotedWithAWarning() {
    JavaFileObject order = type("Order",
        "@Entity(table = \"order\")",
        "public record Order(",
        "    @Id @GeneratedValue Long id,",
        "    @Column(name = \"limit\") int quantity,",
        "    String user) {}");
    Compilation c = compile(order, database("Shop", "Order"));
    assertThat(c).succeeded();
    assertWarning(c, Diagnostic.RESERVED_WORD.format("table", "order", "Order",
        "h2, postgresql, mariadb and sqlite", "\"order\" on h2, postgresql and sqlite; `order` on mariadb"), order,
        "@Entity(table = \"order\")");
    assertWarning(c, Diagnostic.RESERVED_WORD.format("column", "limit", "Order.quantity",
        "h2, postgresql, mariadb and sqlite", "\"limit\" on h2, postgresql and sqlite; `limit` on mariadb"), order,
        "int quantity");
    assertWarning(c, Diagnostic.RESERVED_WORD.format("column", "user", "Order.user", "h2 and postgresql",
        "\"user\""), order, "String user");
  }

  @Test
  void reservedWordsAcknowledgedWithSuppressWarnings() {
    JavaFileObject order = type("Order",
        "@Entity(table = \"order\")",
        "@SuppressWarnings(\"DV307\")",
        "public record Order(@Id @GeneratedValue Long id, String user) {}");
    JavaFileObject line = type("Line",
        "@Entity(table = \"order_lines\")",
        "public record Line(@Id @GeneratedValue Long id,",
        "    @SuppressWarnings(\"DV307\") @Column(name = \"limit\") int quantity) {}");
    Compilation c = compile(order, line, database("Shop", "Order", "Line"));
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void validModelHasNoDiagnostics() {
    Compilation c = compile(ValidModel.sources());
    assertThat(c).succeededWithoutWarnings();
  }
}
