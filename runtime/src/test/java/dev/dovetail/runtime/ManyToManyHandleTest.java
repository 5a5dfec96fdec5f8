package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.fixture.Model.Course;
import dev.dovetail.fixture.Model.Student;
import dev.dovetail.fixture.SchoolDb;
import dev.dovetail.fixture.SchoolFixture;
import dev.dovetail.testing.CountingDataSource;
import dev.dovetail.testing.DatabaseTest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;

/** Reading and writing the links of one owner through {@link ManyToManyHandle}, from both sides. */
class ManyToManyHandleTest extends SchoolFixture {
  private Student ada;
  private Student bob;
  private Course algebra;
  private Course biology;
  private Course chemistry;

  @BeforeEach
  void people() {
    ada = student("Ada");
    bob = student("Bob");
    algebra = course("Algebra");
    biology = course("Biology");
    chemistry = course("Chemistry");
  }

  private ManyToManyHandle<Student, Course> classes(Student s) {
    return db.students().classes(s);
  }

  @DatabaseTest
  void anEmptyRelationship() {
    assertTrue(classes(ada).isEmpty());
    assertEquals(0, classes(ada).count());
    assertEquals(List.of(), classes(ada).all());
    assertEquals(Optional.empty(), classes(ada).first());
    assertFalse(classes(ada).contains(algebra));
  }

  @DatabaseTest
  void addIsIdempotent() {
    assertTrue(classes(ada).add(algebra));
    assertFalse(classes(ada).add(algebra));
    assertEquals(1, rows("registrations"));
    assertEquals(List.of(algebra), classes(ada).all());
    assertEquals(1, classes(ada).count());
    assertFalse(classes(ada).isEmpty());
    assertTrue(classes(ada).contains(algebra));
    assertFalse(classes(ada).contains(biology));
    assertEquals(Optional.of(algebra), classes(ada).first());
    assertTrue(classes(bob).isEmpty());
  }

  @DatabaseTest
  void addAllIsOneBatchCountingOnlyNewLinks() {
    classes(ada).add(biology);
    CountingDataSource counting = new CountingDataSource(database.dataSource());
    SchoolDb counted = SchoolDb.create(Jdbi.create(counting), database.dialect());
    assertEquals(2, counted.students().classes(ada).addAll(List.of(algebra, biology, chemistry, algebra)));
    assertEquals(1, counting.count(), counting.statements()::toString);
    assertEquals(3, rows("registrations"));
    assertEquals(0, classes(ada).addAll(List.of(algebra, chemistry)));
    assertEquals(0, classes(ada).addAll(List.of()));
    assertEquals(3, rows("registrations"));
  }

  @DatabaseTest
  void removeSaysWhetherALinkWentAndKeepsTheEntities() {
    classes(ada).addAll(List.of(algebra, biology));
    classes(bob).add(algebra);
    assertTrue(classes(ada).remove(algebra));
    assertFalse(classes(ada).remove(algebra));
    assertFalse(classes(ada).remove(chemistry));
    assertEquals(List.of(biology), classes(ada).all());
    assertEquals(List.of(algebra), classes(bob).all());
    assertEquals(3, rows("classes"));
  }

  @DatabaseTest
  void removeAllAndClear() {
    classes(ada).addAll(List.of(algebra, biology, chemistry));
    classes(bob).addAll(List.of(algebra, biology));
    assertEquals(2, classes(ada).removeAll(List.of(algebra, chemistry, algebra)));
    assertEquals(0, classes(ada).removeAll(List.of(algebra)));
    assertEquals(List.of(biology), classes(ada).all());
    assertEquals(2, classes(bob).clear());
    assertEquals(0, classes(bob).clear());
    assertEquals(1, rows("registrations"));
    assertEquals(3, rows("classes"));
  }

  @DatabaseTest
  void replaceWithWritesOnlyTheDifference() {
    classes(ada).addAll(List.of(algebra, biology));
    classes(bob).add(algebra);
    execute("UPDATE registrations SET note = 'kept' WHERE class_id = " + biology.id());
    assertEquals(new ManyToManyHandle.Changes(1, 1), classes(ada).replaceWith(List.of(biology, chemistry)));
    assertEquals(Set.of(biology, chemistry), Set.copyOf(classes(ada).all()));
    // The link that stayed was not rewritten: its extra column still holds what was put there.
    assertEquals(1, queryLong("SELECT COUNT(*) FROM registrations WHERE note = 'kept'"));
    CountingDataSource counting = new CountingDataSource(database.dataSource());
    SchoolDb counted = SchoolDb.create(Jdbi.create(counting), database.dialect());
    assertEquals(new ManyToManyHandle.Changes(0, 0),
        counted.students().classes(ada).replaceWith(List.of(chemistry, biology)));
    assertEquals(1, counting.count(), "nothing to change: only the current links are read");
    assertEquals(new ManyToManyHandle.Changes(0, 2), classes(ada).replaceWith(List.of()));
    assertEquals(new ManyToManyHandle.Changes(3, 0), classes(ada).replaceWith(List.of(algebra, biology, chemistry)));
    assertEquals(List.of(algebra), classes(bob).all());
    assertEquals(4, rows("registrations"));
  }

  @DatabaseTest
  void theInverseSeesTheSameLinks() {
    classes(ada).addAll(List.of(algebra, biology));
    classes(bob).add(algebra);
    assertEquals(Set.of(ada, bob), Set.copyOf(db.courses().students(algebra).all()));
    assertEquals(List.of(ada), db.courses().students(biology).all());
    assertTrue(db.courses().students(chemistry).isEmpty());
    assertTrue(db.courses().students(chemistry).add(bob));
    assertEquals(List.of(chemistry), classes(bob).where("t.id = :id", "id", chemistry.id()).all());
    assertTrue(db.courses().students(algebra).remove(ada));
    assertEquals(List.of(biology), classes(ada).all());
    assertEquals(2, db.courses().students(algebra).count() + db.courses().students(biology).count());
  }

  @DatabaseTest
  void deletingEitherEndRemovesItsLinks() {
    classes(ada).addAll(List.of(algebra, biology));
    classes(bob).addAll(List.of(algebra, biology));
    assertTrue(db.courses().delete(algebra));
    assertEquals(List.of(biology), classes(bob).all());
    assertTrue(db.students().delete(bob));
    assertEquals(List.of(ada), db.courses().students(biology).all());
    assertEquals(1, rows("registrations"));
  }
}
