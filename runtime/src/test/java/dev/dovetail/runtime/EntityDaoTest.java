package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.fixture.Model.Group;
import dev.dovetail.fixture.Model.Member;
import dev.dovetail.fixture.Model.Order;
import dev.dovetail.fixture.Model.Student;
import dev.dovetail.fixture.SchoolDb;
import dev.dovetail.fixture.SchoolFixture;
import dev.dovetail.testing.CountingDataSource;
import dev.dovetail.testing.DatabaseTest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/** Create, read, update and delete through {@link EntityDao}, single and composite ids. */
class EntityDaoTest extends SchoolFixture {

  @DatabaseTest
  void insertReturnsTheGeneratedIdAndFindReadsTheRowBack() {
    Student ada = student("Ada");
    Student bob = student("Bob");
    assertNotNull(ada.id());
    assertNotEquals(ada.id(), bob.id());
    assertEquals(Optional.of(ada), db.students().find(ada.id()));
    assertEquals(Optional.empty(), db.students().find(bob.id() + 1000));
    assertTrue(db.students().existsById(bob.id()));
    assertTrue(db.students().exists(bob));
    assertFalse(db.students().existsById(bob.id() + 1000));
  }

  @DatabaseTest
  void insertKeepsAGivenId() {
    assertEquals(new Student(500L, "Given"), db.students().insert(new Student(500L, "Given")));
    assertEquals("Given", db.students().find(500).orElseThrow().name());
  }

  @DatabaseTest
  void insertAllIsOneBatchReturningIdsInOrder() {
    CountingDataSource counting = new CountingDataSource(database.dataSource());
    SchoolDb counted = SchoolDb.create(Jdbi.create(counting), database.dialect());
    List<Student> stored = counted.students().insertAll(
        List.of(new Student(null, "A"), new Student(null, "B"), new Student(null, "C")));
    assertEquals(1, counting.count(), counting.statements()::toString);
    assertEquals(List.of("A", "B", "C"), map(stored, Student::name));
    assertEquals(3, Set.copyOf(map(stored, Student::id)).size());
    for (Student s : stored) {
      assertEquals(Optional.of(s), db.students().find(s.id()));
    }
    assertTrue(stored.get(0).id() < stored.get(1).id() && stored.get(1).id() < stored.get(2).id());
  }

  @DatabaseTest
  void insertAllMixesGivenAndGeneratedIdsInTheCallersOrder() {
    List<Student> stored = db.students().insertAll(List.of(new Student(null, "A"), new Student(1000L, "B"),
        new Student(null, "C"), new Student(1001L, "D")));
    assertEquals(List.of("A", "B", "C", "D"), map(stored, Student::name));
    assertEquals(1000L, stored.get(1).id());
    assertEquals(1001L, stored.get(3).id());
    for (Student s : stored) {
      assertEquals(Optional.of(s), db.students().find(s.id()));
    }
    assertEquals(List.of(), db.students().insertAll(List.of()));
  }

  @DatabaseTest
  void insertAllIsAllOrNothing() {
    student("Taken");
    assertThrows(ConstraintViolationException.class, () -> db.students().insertAll(
        List.of(new Student(null, "New 1"), new Student(null, "Taken"), new Student(null, "New 2"))));
    assertEquals(1, rows("students"));
    assertThrows(ConstraintViolationException.class, () -> db.students().insertAll(
        List.of(new Student(7L, "Given"), new Student(null, "Generated"), new Student(7L, "Same id"))));
    assertEquals(1, rows("students"));
  }

  @DatabaseTest
  void updateWritesEveryColumnAndSaysWhetherTheRowExisted() {
    Student ada = student("Ada");
    assertTrue(db.students().update(new Student(ada.id(), "Ada Lovelace")));
    assertEquals("Ada Lovelace", db.students().find(ada.id()).orElseThrow().name());
    assertFalse(db.students().update(new Student(ada.id() + 1000, "Nobody")));
    assertEquals(1, rows("students"));
  }

  @DatabaseTest
  void deleteRemovesOneRow() {
    Student ada = student("Ada");
    Student bob = student("Bob");
    assertTrue(db.students().delete(ada));
    assertFalse(db.students().delete(ada));
    assertTrue(db.students().deleteById(bob.id()));
    assertFalse(db.students().deleteById(bob.id()));
    assertEquals(0, db.students().count());
  }

  @DatabaseTest
  void countFindAllAndQuery() {
    db.students().insertAll(List.of(new Student(null, "Cy"), new Student(null, "Al"), new Student(null, "Bo"),
        new Student(null, "Di"), new Student(null, "Ed")));
    assertEquals(5, db.students().count());
    assertEquals(Set.of("Al", "Bo", "Cy", "Di", "Ed"), Set.copyOf(map(db.students().findAll(), Student::name)));
    RelationQuery<Student> sorted = db.students().query().orderBy("t.name");
    assertEquals(List.of("Al", "Bo"), map(sorted.page(0, 2), Student::name));
    assertEquals(List.of("Cy", "Di"), map(sorted.page(1, 2), Student::name));
    assertEquals(List.of("Ed"), map(sorted.page(2, 2), Student::name));
    assertEquals(List.of(), sorted.page(3, 2));
    RelationQuery<Student> later = sorted.where("t.name > :after", "after", "Bo");
    assertEquals(List.of("Cy", "Di", "Ed"), map(later.all(), Student::name));
    assertEquals(3, later.count());
    assertEquals(List.of("Ed", "Di"), map(db.students().query().orderBy("t.name desc").limit(2).all(), Student::name));
    assertEquals(List.of("Di"), map(sorted.offset(3).limit(1).all(), Student::name));
    assertEquals("Al", sorted.first().orElseThrow().name());
    assertTrue(db.students().query().where("t.name = :n", "n", "Zed").first().isEmpty());
  }

  @DatabaseTest
  void compositeIds() {
    Group red = db.groups().insert(new Group(null, "red"));
    Group blue = db.groups().insert(new Group(null, "blue"));
    Member m = db.members().insert(new Member(null, 1, red.id()));
    Order a = db.orders().insert(new Order(m.id(), red.id(), "first"));
    Order b = db.orders().insert(new Order(m.id(), blue.id(), "second"));
    assertEquals(Optional.of(a), db.orders().find(m.id(), red.id()));
    assertEquals(Optional.of(b), db.orders().find(m.id(), blue.id()));
    assertTrue(db.orders().existsById(m.id(), blue.id()));
    assertFalse(db.orders().existsById(blue.id(), m.id() + 1000));
    assertTrue(db.orders().update(new Order(m.id(), red.id(), "changed")));
    assertEquals("changed", db.orders().find(m.id(), red.id()).orElseThrow().select());
    assertEquals("second", db.orders().find(m.id(), blue.id()).orElseThrow().select());
    assertThrows(ConstraintViolationException.class, () -> db.orders().insert(new Order(m.id(), red.id(), "dup")));
    assertTrue(db.orders().deleteById(m.id(), red.id()));
    assertTrue(db.orders().delete(b));
    assertEquals(0, db.orders().count());
  }
}
