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

/** DV2xx: relationships. Each test also shows that processing went on to the next error. */
class RelationshipDiagnosticsTest {
  private final JavaFileObject orphan = orphan();
  private final JavaFileObject course = course();

  @Test
  void targetThatIsNoEntity() {
    JavaFileObject address = type("Address", "public record Address(Long id, String street) {}");
    JavaFileObject post = type("Post",
        "@Entity(table = \"posts\")",
        "public record Post(",
        "    @Id @GeneratedValue Long id,",
        "    @ManyToOne(target = Address.class) Long addressId) {}");
    Compilation c = compile(address, post, orphan, database("School", "Post", "Orphan"));
    assertError(c, Diagnostic.TARGET_NOT_ENTITY.format("@ManyToOne target", "Post.addressId", "Address", "Address",
        "School"), post, "target = Address.class");
    assertOrphanReported(c, orphan);
  }

  @Test
  void targetOrThroughInAnotherDatabase() {
    JavaFileObject author = type("Author",
        "@Entity(table = \"authors\")",
        "public record Author(@Id @GeneratedValue Long id, String name) {}");
    JavaFileObject post = type("Post",
        "@Entity(table = \"posts\")",
        "@ManyToMany(name = \"readers\", target = Course.class,",
        "    through = Author.class)",
        "public record Post(",
        "    @Id @GeneratedValue Long id,",
        "    @ManyToOne(target = Author.class) Long authorId) {}");
    Compilation c = compile(author, post, course, orphan, database("School", "Post", "Course", "Orphan"),
        database("Library", "Author"));
    assertError(c, Diagnostic.TARGET_NOT_IN_DATABASE.format("@ManyToOne target", "Post.authorId", "Author",
        "School", "Author", "School"), post, "target = Author.class");
    assertError(c, Diagnostic.TARGET_NOT_IN_DATABASE.format("@ManyToMany through", "Post.readers", "Author",
        "School", "Author", "School"), post, "through = Author.class");
    assertOrphanReported(c, orphan);
  }

  @Test
  void foreignKeyOfAnotherTypeThanTheId() {
    JavaFileObject enrollment = type("Enrollment",
        "@Entity(table = \"enrollments\")",
        "public record Enrollment(",
        "    @Id @GeneratedValue Long id,",
        "    @ManyToOne(target = Course.class) String courseId) {}");
    Compilation c = compile(enrollment, course, orphan, database("School", "Enrollment", "Course", "Orphan"));
    assertError(c, Diagnostic.FOREIGN_KEY_TYPE_MISMATCH.format("Enrollment", "courseId", "String", "Course", "id",
        "Long", "Long"), enrollment, "String courseId");
    assertOrphanReported(c, orphan);
  }

  @Test
  void primitiveForeignKeyMatchesBoxedId() {
    JavaFileObject enrollment = type("Enrollment",
        "@Entity(table = \"enrollments\")",
        "public record Enrollment(",
        "    @Id @GeneratedValue Long id,",
        "    @ManyToOne(target = Course.class) long courseId) {}");
    Compilation c = compile(enrollment, course, orphan, database("School", "Enrollment", "Course", "Orphan"));
    assertOrphanReported(c, orphan);
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void foreignKeyToCompositeId() {
    JavaFileObject slot = type("Slot",
        "@Entity(table = \"slots\")",
        "public record Slot(@Id Long day, @Id Long hour, String room) {}");
    JavaFileObject booking = type("Booking",
        "@Entity(table = \"bookings\")",
        "public record Booking(",
        "    @Id @GeneratedValue Long id,",
        "    @ManyToOne(target = Slot.class) Long slotId) {}");
    Compilation c = compile(slot, booking, orphan, database("School", "Slot", "Booking", "Orphan"));
    assertError(c, Diagnostic.FOREIGN_KEY_TO_COMPOSITE_ID.format("Booking", "slotId", "Slot", "day, hour", "Slot"),
        booking, "target = Slot.class");
    assertOrphanReported(c, orphan);
  }

  @Test
  void setNullOnColumnThatCannotBeNull() {
    JavaFileObject enrollment = type("Enrollment",
        "@Entity(table = \"enrollments\")",
        "public record Enrollment(",
        "    @Id @GeneratedValue Long id,",
        "    @ManyToOne(target = Course.class,",
        "        onDelete = OnDelete.SET_NULL) long courseId) {}");
    Compilation c = compile(enrollment, course, orphan, database("School", "Enrollment", "Course", "Orphan"));
    assertError(c, Diagnostic.SET_NULL_NOT_NULLABLE.format("Enrollment", "courseId", "course_id"), enrollment,
        "onDelete = OnDelete.SET_NULL");
    assertOrphanReported(c, orphan);
  }

  @Test
  void manyToManyWithoutJoinTable() {
    JavaFileObject student = type("Student",
        "@Entity(table = \"students\")",
        "@ManyToMany(name = \"classes\", target = Course.class)",
        "public record Student(@Id @GeneratedValue Long id, String name) {}");
    Compilation c = compile(student, course, orphan, database("School", "Student", "Course", "Orphan"));
    assertError(c, Diagnostic.MISSING_JOIN_TABLE.format("classes", "Student", "students_classes"), student,
        "@ManyToMany(name = \"classes\"");
    assertOrphanReported(c, orphan);
  }

  @Test
  void joinTableThatIsNotTheThroughEntitysTable() {
    JavaFileObject registration = type("Registration",
        "@Entity(table = \"registrations\")",
        "public record Registration(",
        "    @Id @GeneratedValue Long id,",
        "    @ManyToOne(target = Student.class) Long studentId,",
        "    @ManyToOne(target = Course.class) Long courseId) {}");
    JavaFileObject student = type("Student",
        "@Entity(table = \"students\")",
        "@ManyToMany(name = \"classes\", target = Course.class, through = Registration.class,",
        "    joinTable = \"enrollments\")",
        "public record Student(@Id @GeneratedValue Long id, String name) {}");
    Compilation c = compile(registration, student, course, orphan,
        database("School", "Registration", "Student", "Course", "Orphan"));
    assertError(c, Diagnostic.JOIN_TABLE_WITH_THROUGH.format("classes", "Student", "enrollments", "Registration",
        "registrations"), student, "joinTable = \"enrollments\"");
    assertOrphanReported(c, orphan);
  }

  @Test
  void manyToManyBetweenEntitiesWithoutSingleId() {
    JavaFileObject slot = type("Slot",
        "@Entity(table = \"slots\")",
        "public record Slot(@Id Long day, @Id Long hour, String room) {}");
    JavaFileObject student = type("Student",
        "@Entity(table = \"students\")",
        "@ManyToMany(name = \"slots\", joinTable = \"student_slots\",",
        "    target = Slot.class)",
        "public record Student(@Id @GeneratedValue Long id, String name) {}");
    Compilation c = compile(slot, student, orphan, database("School", "Slot", "Student", "Orphan"));
    assertError(c, Diagnostic.MANY_TO_MANY_WITHOUT_SINGLE_ID.format("slots", "Student", "Slot",
        "has a composite id (day, hour)"), student, "target = Slot.class");
    assertOrphanReported(c, orphan);
  }

  @Test
  void selfReferenceWithOneColumnForBothSides() {
    JavaFileObject member = type("Member",
        "@Entity(table = \"members\")",
        "@ManyToMany(name = \"followed\", target = Member.class, joinTable = \"follows\",",
        "    joinColumn = \"member_id\",",
        "    inverseJoinColumn = \"member_id\")",
        "public record Member(@Id @GeneratedValue Long id, String nickname) {}");
    JavaFileObject peer = type("Peer",
        "@Entity(table = \"peers\")",
        "@ManyToMany(name = \"blocked\", target = Peer.class, joinTable = \"blocks\")",
        "public record Peer(@Id @GeneratedValue Long id, String nickname) {}");
    Compilation c = compile(member, peer, orphan, database("School", "Member", "Peer", "Orphan"));
    assertError(c, Diagnostic.SELF_REFERENCE_SAME_COLUMNS.format("followed", "Member", "Member", "member_id"), member,
        "inverseJoinColumn = \"member_id\"");
    // Both defaulted: each is <table>_id, whatever the default spells exactly.
    assertError(c, "[DV208] @ManyToMany \"blocked\" on Peer refers to Peer itself", peer, "\"blocked\"");
    assertOrphanReported(c, orphan);
  }

  @Test
  void repeatedManyToManyIsReportedOnTheType() {
    // javac cannot place a diagnostic inside one of several repeated annotations (they are read through a
    // synthesized container that has no source position), so it falls back to the type's declaration.
    JavaFileObject member = type("Member",
        "@Entity(table = \"members\")",
        "@ManyToMany(name = \"followed\", target = Member.class, joinTable = \"follows\",",
        "    joinColumn = \"follower_id\", inverseJoinColumn = \"followed_id\")",
        "@ManyToMany(name = \"blocked\", target = Member.class, joinTable = \"blocks\")",
        "public record Member(@Id @GeneratedValue Long id, String nickname) {}");
    Compilation c = compile(member, orphan, database("School", "Member", "Orphan"));
    assertError(c, "[DV208] @ManyToMany \"blocked\" on Member refers to Member itself", member, "record Member");
    assertOrphanReported(c, orphan);
  }

  @Test
  void throughEntityWithoutTheNamedColumns() {
    JavaFileObject registration = type("Registration",
        "@Entity(table = \"registrations\")",
        "public record Registration(",
        "    @Id @GeneratedValue Long id,",
        "    @ManyToOne(target = Student.class) Long studentId,",
        "    Long courseId) {}");
    JavaFileObject student = type("Student",
        "@Entity(table = \"students\")",
        "@ManyToMany(name = \"classes\", target = Course.class, through = Registration.class,",
        "    joinColumn = \"pupil_id\",",
        "    inverseJoinColumn = \"course_id\")",
        "public record Student(@Id @GeneratedValue Long id, String name) {}");
    Compilation c = compile(registration, student, course, orphan,
        database("School", "Registration", "Student", "Course", "Orphan"));
    assertError(c, Diagnostic.THROUGH_COLUMN_MISSING.format("Registration", "pupil_id", "joinColumn", "classes",
        "Student", "joinColumn", "Student"), student, "joinColumn = \"pupil_id\"");
    assertError(c, Diagnostic.THROUGH_COLUMN_NOT_FOREIGN_KEY.format("course_id", "Registration",
        "inverseJoinColumn", "classes", "Student", "Course", "Registration", "courseId", "Course",
        "inverseJoinColumn"), student, "inverseJoinColumn = \"course_id\"");
    assertOrphanReported(c, orphan);
  }
}
