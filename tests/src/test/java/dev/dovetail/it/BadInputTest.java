package dev.dovetail.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.dialect.Dialect.Violation;
import dev.dovetail.it.school.Course;
import dev.dovetail.it.school.SchoolDb;
import dev.dovetail.it.school.Student;
import dev.dovetail.it.social.Member;
import dev.dovetail.it.social.Post;
import dev.dovetail.it.social.SocialDb;
import dev.dovetail.runtime.ConstraintViolationException;
import dev.dovetail.runtime.DovetailException;
import dev.dovetail.testing.DatabaseTest;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Bad input through generated DAOs: each call throws an exception naming the entity, relationship, column
 * and value at fault, and the database is left as it was.
 */
class BadInputTest {

  private static void assertMentions(Exception e, String... parts) {
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), () -> "expected \"" + part + "\" in: " + e.getMessage());
    }
  }

  @DatabaseTest
  void nullsAndUnsavedEntitiesAreRefusedBeforeAnySql(Jdbi jdbi) {
    SchoolDb db = SchoolDb.create(jdbi);
    db.createSchema();
    Student ada = db.students().insert(new Student(null, "Ada"));
    Course unsaved = new Course(null, "Unsaved");

    assertMentions(assertThrows(DovetailException.class, () -> db.students().insert(null)), "null Student");
    assertMentions(assertThrows(DovetailException.class, () -> db.students().update(new Student(null, "x"))),
        "Student", "no id", "insert it first");
    assertMentions(assertThrows(DovetailException.class, () -> db.students().classes(ada).add(unsaved)),
        "Course", "classes", "insert it first");
    assertMentions(assertThrows(DovetailException.class, () -> db.students().classes(new Student(null, "x"))),
        "Student", "classes");
    assertMentions(assertThrows(DovetailException.class,
        () -> db.students().classes(ada).addAll(List.of(db.courses().insert(new Course(null, "ok")), unsaved))),
        "Course", "insert it first");
    assertEquals(0, db.students().classes(ada).count(), "nothing of a refused addAll is written");
  }

  @DatabaseTest
  void aLinkToAMissingRowNamesTheRelationshipColumnAndValue(Jdbi jdbi) {
    SchoolDb db = SchoolDb.create(jdbi);
    db.createSchema();
    Student ada = db.students().insert(new Student(null, "Ada"));
    Course maths = db.courses().insert(new Course(null, "Maths"));
    Course ghost = new Course(424242L, "Ghost");

    ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
        () -> db.students().classes(ada).add(ghost));
    assertEquals(Violation.FOREIGN_KEY, e.violation());
    assertMentions(e, "classes", "registrations.class_id = 424242", "classes");

    assertThrows(ConstraintViolationException.class, () -> db.students().classes(ada).addAll(List.of(maths, ghost)));
    assertEquals(0, db.students().classes(ada).count(), "the batch is all or nothing");
  }

  @DatabaseTest
  void aLinkOfADeletedOwnerNamesTheOwnersColumn(Jdbi jdbi) {
    SocialDb db = SocialDb.create(jdbi);
    db.createSchema();
    Member gone = db.members().insert(new Member(null, "gone", null));
    Member susan = db.members().insert(new Member(null, "susan", null));
    Member david = db.members().insert(new Member(null, "david", null));
    assertTrue(db.members().delete(gone));

    ConstraintViolationException owner = assertThrows(ConstraintViolationException.class,
        () -> db.members().followed(gone).add(susan));
    assertEquals(Violation.FOREIGN_KEY, owner.violation());
    assertMentions(owner, "follows.follower_id = " + gone.id(), "user");
    assertTrue(!owner.getMessage().contains("follows.followed_id"), owner.getMessage());

    ConstraintViolationException target = assertThrows(ConstraintViolationException.class,
        () -> db.members().followed(susan).add(gone));
    assertMentions(target, "follows.followed_id = " + gone.id());
    assertTrue(!target.getMessage().contains("follows.follower_id"), target.getMessage());

    ConstraintViolationException inverse = assertThrows(ConstraintViolationException.class,
        () -> db.members().followers(susan).add(gone));
    assertMentions(inverse, "follows.follower_id = " + gone.id());
    assertTrue(!inverse.getMessage().contains("follows.followed_id"), inverse.getMessage());

    ConstraintViolationException batch = assertThrows(ConstraintViolationException.class,
        () -> db.members().followed(gone).addAll(List.of(susan, david)));
    assertMentions(batch, "follows.follower_id = " + gone.id());
    assertTrue(!batch.getMessage().contains("follows.followed_id"), batch.getMessage());

    ConstraintViolationException replace = assertThrows(ConstraintViolationException.class,
        () -> db.members().followers(gone).replaceWith(List.of(susan)));
    assertMentions(replace, "follows.followed_id = " + gone.id());
    assertTrue(!replace.getMessage().contains("follows.follower_id"), replace.getMessage());
    assertEquals(0, db.members().followers(susan).count(), "nothing was linked");
  }

  @DatabaseTest
  void constraintViolationsNameTheColumnAndValue(Jdbi jdbi) {
    SocialDb db = SocialDb.create(jdbi);
    db.createSchema();
    db.members().insert(new Member(null, "taken", null));

    ConstraintViolationException unique = assertThrows(ConstraintViolationException.class,
        () -> db.members().insert(new Member(null, "taken", null)));
    assertEquals(Violation.UNIQUE, unique.violation());
    assertMentions(unique, "user.username = taken");

    ConstraintViolationException fk = assertThrows(ConstraintViolationException.class,
        () -> db.posts().insert(new Post(null, "orphan", Instant.now(), 999L)));
    assertEquals(Violation.FOREIGN_KEY, fk.violation());
    assertMentions(fk, "posts.author_id = 999", "user");

    ConstraintViolationException notNull = assertThrows(ConstraintViolationException.class,
        () -> db.posts().insert(new Post(null, null, Instant.now(), null)));
    assertMentions(notNull, "posts.body");

    assertThrows(ConstraintViolationException.class, () -> db.members().insertAll(List.of(
        new Member(null, "fresh", null), new Member(null, "taken", null))));
    assertEquals(1, db.members().count(), "a refused batch inserts nothing");
    assertEquals(0, db.posts().count());
  }

  @DatabaseTest
  void boundValuesAreNeverSql(Jdbi jdbi) {
    SocialDb db = SocialDb.create(jdbi);
    db.createSchema();
    String nasty = "x'); DELETE FROM posts; -- \"";
    Member m = db.members().insert(new Member(null, nasty, null));
    db.posts().insert(new Post(null, "survives", Instant.now(), m.id()));

    assertEquals(List.of(m), db.members().query().where("t.username = :u", "u", nasty).all());
    assertEquals(nasty, db.members().findById(m.id()).orElseThrow().username());
    assertEquals(1, db.posts().count());
    assertThrows(IllegalArgumentException.class, () -> db.members().query().where("1 = 1; DELETE FROM posts"));
    assertEquals(1, db.posts().count());
  }
}
