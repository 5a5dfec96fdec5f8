package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.dialect.Dialect.Violation;
import dev.dovetail.fixture.Model.Course;
import dev.dovetail.fixture.Model.Post;
import dev.dovetail.fixture.Model.Student;
import dev.dovetail.fixture.SchoolFixture;
import dev.dovetail.testing.DatabaseTest;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;

/**
 * Calls that cannot be carried out fail with a message naming what was wrong, and leave the database as it
 * was; values that look like SQL are only ever data. Runs under a Turkish default locale, where a careless
 * {@code toLowerCase()} turns H2's upper-case constraint names ({@code FK_..._ID}) into dotless {@code ı}s.
 */
class BadInputTest extends SchoolFixture {
  private Locale saved;
  private Student ada;
  private Course algebra;

  @AfterEach
  void restoreTheLocale() {
    Locale.setDefault(saved);
  }

  @BeforeEach
  void oneLink() {
    saved = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    ada = student("Ada");
    algebra = course("Algebra");
    db.students().classes(ada).add(algebra);
  }

  /** Runs {@code call}, expecting {@code type} with a message containing every one of {@code words}. */
  private <X extends Throwable> X refused(Class<X> type, Executable call, String... words) {
    long students = rows("students");
    long classes = rows("classes");
    long links = rows("registrations");
    long posts = rows("posts");
    X e = assertThrows(type, call);
    for (String word : words) {
      assertTrue(e.getMessage().contains(word), () -> "\"" + word + "\" not in: " + e.getMessage());
    }
    assertEquals(List.of(students, classes, links, posts),
        List.of(rows("students"), rows("classes"), rows("registrations"), rows("posts")), "the database changed");
    return e;
  }

  @DatabaseTest
  void nullEntities() {
    refused(DovetailException.class, () -> db.students().insert(null), "null Student");
    refused(DovetailException.class, () -> db.students().update(null), "null Student");
    refused(DovetailException.class, () -> db.students().delete(null), "null Student");
    refused(DovetailException.class, () -> db.students().insertAll(null), "null collection of Student");
    refused(DovetailException.class, () -> db.students().insertAll(Arrays.asList(new Student(null, "x"), null)),
        "null Student");
    refused(DovetailException.class, () -> db.students().classes(null), "null Student");
    refused(DovetailException.class, () -> db.students().classes(ada).add(null), "null Course", "classes");
    refused(DovetailException.class, () -> db.students().classes(ada).addAll(null), "null collection");
    refused(DovetailException.class, () -> db.students().classesOf(null), "null collection");
  }

  @DatabaseTest
  void entitiesWithoutAnId() {
    Student unsaved = new Student(null, "Unsaved");
    refused(DovetailException.class, () -> db.students().update(unsaved), "update Student(id=null)", "no id");
    refused(DovetailException.class, () -> db.students().delete(unsaved), "Student(id=null)", "no id");
    refused(DovetailException.class, () -> db.students().classes(unsaved), "Student(id=null)", "insert it first");
    refused(DovetailException.class, () -> db.students().classes(ada).add(new Course(null, "Unsaved")),
        "add Course(id=null)", "Student(id=" + ada.id() + ").classes", "insert it first");
    Course saved = course("Saved");
    refused(DovetailException.class,
        () -> db.students().classes(ada).addAll(List.of(saved, new Course(null, "Unsaved"))), "Course(id=null)");
    assertEquals(List.of(algebra), db.students().classes(ada).all());
  }

  @DatabaseTest
  void linkingToARowThatDoesNotExist() {
    ConstraintViolationException e = refused(ConstraintViolationException.class,
        () -> db.students().classes(ada).add(new Course(9999L, "Ghost")),
        "Student(id=" + ada.id() + ").classes", "registrations.class_id = 9999", "classes");
    assertEquals(Violation.FOREIGN_KEY, e.violation());
    refused(ConstraintViolationException.class,
        () -> db.courses().students(algebra).add(new Student(8888L, "Ghost")),
        "Course(id=" + algebra.id() + ").students", "registrations.student_id = 8888");
    Course biology = course("Biology");
    refused(ConstraintViolationException.class,
        () -> db.students().classes(ada).addAll(List.of(biology, new Course(9999L, "Ghost"))), ".classes", "9999");
    refused(ConstraintViolationException.class,
        () -> db.students().classes(ada).replaceWith(List.of(new Course(9999L, "Ghost"))), ".classes", "9999");
    assertEquals(List.of(algebra), db.students().classes(ada).all());
  }

  @DatabaseTest
  void insertsBreakingAUniqueColumnOrAForeignKey() {
    ConstraintViolationException unique = refused(ConstraintViolationException.class,
        () -> db.students().insert(new Student(null, "Ada")), "students.name", "Ada");
    assertEquals(Violation.UNIQUE, unique.violation());
    refused(ConstraintViolationException.class,
        () -> db.students().insertAll(List.of(new Student(null, "New"), new Student(null, "Ada"))),
        "students.name", "Ada");
    Student bob = student("Bob");
    refused(ConstraintViolationException.class, () -> db.students().update(new Student(bob.id(), "Ada")),
        "students.name", "Ada");
    ConstraintViolationException fk = refused(ConstraintViolationException.class,
        () -> db.posts().insert(new Post(null, "lost", Instant.EPOCH, 7777L)), "posts.author_id", "7777");
    assertEquals(Violation.FOREIGN_KEY, fk.violation());
    refused(ConstraintViolationException.class, () -> db.posts().insert(new Post(null, null, Instant.EPOCH, null)),
        "posts.body", "may not be null");
    refused(ConstraintViolationException.class, () -> db.students().insert(new Student(ada.id(), "Same id")),
        "Student(id=" + ada.id() + ")");
  }

  @DatabaseTest
  void sqlInValuesIsOnlyData() {
    List<String> nasty = List.of("Robert'); DROP TABLE students;--", "a'b\"c", "; DELETE FROM classes", "-- x",
        "x' OR '1'='1", ":name ? $1", "back\\slash");
    for (String name : nasty) {
      Student s = student(name);
      assertEquals(name, db.students().find(s.id()).orElseThrow().name());
      assertEquals(List.of(s), db.students().query().where("t.name = :n", "n", name).all());
      assertEquals(1, db.students().query().where("t.name = :n", Map.of("n", name)).count());
      assertEquals(0, db.students().classes(s).where("t.name = :n", "n", name).count());
    }
    assertEquals(1 + nasty.size(), rows("students"));
    assertEquals(1, rows("classes"));
    assertEquals(0, db.students().query().where("t.name = :n", "n", "x' OR '1'='1' --").count());
  }

  @DatabaseTest
  void fragmentsThatAreNotOneCondition() {
    RelationQuery<Course> classes = db.students().classes(ada);
    refused(IllegalArgumentException.class, () -> classes.where("t.id = 1; DELETE FROM classes"), "';'");
    refused(IllegalArgumentException.class, () -> classes.where("t.id = 1 -- comment"), "comments");
    refused(IllegalArgumentException.class, () -> classes.where("t.id = ?"), "named parameters");
    refused(IllegalArgumentException.class, () -> classes.orderBy("t.name; DROP TABLE classes"), "';'");
    assertEquals(List.of(algebra), classes.where("t.name <> ';--'").all());
  }
}
