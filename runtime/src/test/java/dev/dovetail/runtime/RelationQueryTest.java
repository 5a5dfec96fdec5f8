package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.fixture.Model.Course;
import dev.dovetail.fixture.Model.Student;
import dev.dovetail.fixture.Model.User;
import dev.dovetail.fixture.SchoolFixture;
import dev.dovetail.testing.DatabaseTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;

/**
 * Filtering, ordering and paging a relationship as SQL ({@link RelationQuery} under a
 * {@link ManyToManyHandle}), and the self-referential many-to-many of users following users.
 */
class RelationQueryTest extends SchoolFixture {
  private Student ada;
  private List<Course> courses;

  @BeforeEach
  void adaTakesTenClasses() {
    ada = student("Ada");
    student("Bob");
    courses = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      courses.add(course("Course " + i));
    }
    db.students().classes(ada).addAll(courses);
    // Courses 0, 3, 6, 9 are marked "audit" in the join table's own column; the others have none.
    for (int i = 0; i < 10; i += 3) {
      execute("UPDATE registrations SET note = 'audit' WHERE class_id = " + courses.get(i).id());
    }
  }

  private ManyToManyHandle<Student, Course> classes() {
    return db.students().classes(ada);
  }

  @DatabaseTest
  void whereBindsNamedParameters() {
    assertEquals(List.of(courses.get(4)), classes().where("t.name = :name", "name", "Course 4").all());
    RelationQuery<Course> between = classes().where("t.id >= :low AND t.id <= :high",
        Map.of("low", courses.get(2).id(), "high", courses.get(4).id()));
    assertEquals(Set.of(courses.get(2), courses.get(3), courses.get(4)), Set.copyOf(between.all()));
    assertEquals(3, between.count());
    assertTrue(between.contains(courses.get(3)));
    assertFalse(between.contains(courses.get(5)));
    assertTrue(classes().where("t.name = :n", "n", "Course 42").isEmpty());
    assertEquals(10, classes().where("t.name LIKE :p", "p", "Course %").count());
  }

  @DatabaseTest
  void whereFiltersOnTheJoinTablesColumns() {
    RelationQuery<Course> audited = classes().where("j.note = :note", "note", "audit").orderBy("t.id");
    assertEquals(List.of(courses.get(0), courses.get(3), courses.get(6), courses.get(9)), audited.all());
    assertEquals(6, classes().where("j.note IS NULL").count());
  }

  @DatabaseTest
  void orderLimitOffsetAndPages() {
    RelationQuery<Course> newestFirst = classes().orderBy("t.id desc");
    assertEquals(courses.get(9), newestFirst.first().orElseThrow());
    assertEquals(List.of(courses.get(9), courses.get(8), courses.get(7)), newestFirst.page(0, 3));
    assertEquals(List.of(courses.get(0)), newestFirst.page(3, 3));
    assertEquals(List.of(), newestFirst.page(4, 3));
    assertEquals(List.of(courses.get(7), courses.get(6)), newestFirst.offset(2).limit(2).all());
    assertEquals(List.of(), newestFirst.limit(0).all());
    assertEquals(2, newestFirst.limit(2).count(), "count() counts the window, as all() returns it");
    assertEquals(10, newestFirst.count());
    assertThrows(IllegalArgumentException.class, () -> newestFirst.page(-1, 3));
    assertThrows(IllegalArgumentException.class, () -> newestFirst.limit(-1));
  }

  @DatabaseTest
  void everythingComposes() {
    RelationQuery<Course> base = classes().where("j.note = :note", "note", "audit");
    RelationQuery<Course> narrowed = base.where("t.id > :after", "after", courses.get(0).id())
        .orderBy("j.note").orderBy("t.name desc");
    assertEquals(List.of(courses.get(9), courses.get(6), courses.get(3)), narrowed.all());
    assertEquals(List.of(courses.get(6)), narrowed.page(1, 1));
    assertEquals(3, narrowed.count());
    assertEquals(4, base.count());
    assertThrows(IllegalArgumentException.class, () -> base.where("t.name = :note", "note", "other"));
    assertThrows(IllegalArgumentException.class, () -> base.where("t.name = :missing", Map.of()));
    assertEquals(4, base.where("j.note = :note", "note", "audit").count());
  }

  @DatabaseTest
  void followingIsSelfReferential() {
    User ann = user("ann");
    User ben = user("ben");
    User cat = user("cat");
    assertTrue(db.users().followed(ann).add(ben));
    assertTrue(db.users().followed(ann).add(cat));
    assertTrue(db.users().followed(ben).add(ann));
    assertTrue(db.users().followed(cat).add(cat));

    assertEquals(Set.of(ben, cat), Set.copyOf(db.users().followed(ann).all()));
    assertEquals(Set.of(ann, cat), Set.copyOf(db.users().followers(cat).all()));
    assertEquals(List.of(ann), db.users().followers(ben).all());
    assertTrue(db.users().followed(ann).contains(ben));
    assertTrue(db.users().followers(ben).contains(ann));
    assertFalse(db.users().followed(ben).contains(cat));
    assertEquals(Optional.of(ann), db.users().followers(cat).orderBy("t.username").first());
    // Seen from the followed user, the target t is the follower and j.followed_id the owner.
    assertEquals(List.of(ann), db.users().followers(cat).where("t.id <> j.followed_id").all());
    assertEquals(List.of(cat), db.users().followers(cat).orderBy("t.id").page(1, 1));

    assertTrue(db.users().followed(ann).remove(ben));
    assertFalse(db.users().followers(ben).contains(ann));
    assertTrue(db.users().followers(ben).isEmpty());
    assertEquals(List.of(ben), db.users().followers(ann).all());
    assertTrue(db.users().delete(cat));
    assertTrue(db.users().followed(ann).isEmpty());
    assertEquals(1, rows("follows"));
  }
}
