package dev.dovetail.it.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.runtime.ManyToManyHandle;
import dev.dovetail.testing.CountingDataSource;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/** The seed's school session through the generated {@code SchoolDb}, on every database. */
class SchoolTest {

  private static SchoolDb fresh(Jdbi jdbi) {
    SchoolDb db = SchoolDb.create(jdbi);
    db.createSchema();
    return db;
  }

  private static List<String> names(List<Course> courses) {
    return courses.stream().map(Course::name).toList();
  }

  @DatabaseTest
  void registersStudentsInClassesAndNavigatesBothWays(Jdbi jdbi) {
    SchoolDb db = fresh(jdbi);
    Student susan = db.students().insert(new Student(null, "Susan"));
    Student david = db.students().insert(new Student(null, "David"));
    Course maths = db.courses().insert(new Course(null, "Maths"));
    Course physics = db.courses().insert(new Course(null, "Physics"));

    assertTrue(db.students().classes(susan).add(maths));
    assertFalse(db.students().classes(susan).add(maths), "a second add is a no-op that says so");
    assertTrue(db.students().classes(susan).add(physics));
    assertTrue(db.students().classes(david).add(maths));

    assertEquals(List.of("Maths", "Physics"), names(db.students().classes(susan).orderBy("t.name").all()));
    assertEquals(List.of("David", "Susan"),
        db.courses().students(maths).orderBy("t.name").all().stream().map(Student::name).toList());
    assertEquals(2, db.courses().students(maths).count());
    assertTrue(db.students().classes(susan).contains(physics));
    assertFalse(db.students().classes(david).contains(physics));

    assertTrue(db.students().classes(david).remove(maths));
    assertFalse(db.students().classes(david).remove(maths));
    assertEquals(List.of(susan), db.courses().students(maths).all());
    assertTrue(db.students().classes(david).isEmpty());
  }

  @DatabaseTest
  void twoRelationshipsBetweenTheSameEntitiesStayApart(Jdbi jdbi) {
    SchoolDb db = fresh(jdbi);
    Student ada = db.students().insert(new Student(null, "Ada"));
    Course maths = db.courses().insert(new Course(null, "Maths"));
    Course art = db.courses().insert(new Course(null, "Art"));

    db.students().classes(ada).add(maths);
    db.students().waitlisted(ada).add(art);

    assertEquals(List.of(maths), db.students().classes(ada).all());
    assertEquals(List.of(art), db.students().waitlisted(ada).all());
    assertEquals(List.of(ada), db.courses().waiting(art).all());
    assertTrue(db.courses().students(art).isEmpty());
  }

  @DatabaseTest
  void filtersOrdersAndPagesInOneStatement(TestDatabase database) {
    CountingDataSource counting = new CountingDataSource(database.dataSource());
    SchoolDb db = fresh(Jdbi.create(counting));
    Student ada = db.students().insert(new Student(null, "Ada"));
    List<Course> courses = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      courses.add(new Course(null, String.format("Course %02d", i)));
    }
    courses = db.courses().insertAll(courses);
    assertEquals(30, db.students().classes(ada).addAll(courses));
    assertEquals(0, db.students().classes(ada).addAll(courses), "addAll adds only what is missing");

    counting.reset();
    List<Course> page = db.students().classes(ada)
        .where("t.name LIKE :prefix", "prefix", "Course 1%")
        .orderBy("t.name DESC")
        .page(1, 3);
    assertEquals(List.of("Course 16", "Course 15", "Course 14"), names(page));
    assertEquals(1, counting.count(), "where + orderBy + page run as one statement");
    assertEquals(10, db.students().classes(ada).where("t.name LIKE :p", Map.of("p", "Course 2%")).count());
  }

  @DatabaseTest
  void replaceWithWritesOnlyTheDifference(Jdbi jdbi) {
    SchoolDb db = fresh(jdbi);
    Student ada = db.students().insert(new Student(null, "Ada"));
    List<Course> c = db.courses().insertAll(List.of(
        new Course(null, "A"), new Course(null, "B"), new Course(null, "C"), new Course(null, "D")));
    db.students().classes(ada).addAll(List.of(c.get(0), c.get(1), c.get(2)));

    ManyToManyHandle.Changes changes = db.students().classes(ada).replaceWith(List.of(c.get(1), c.get(2), c.get(3)));

    assertEquals(new ManyToManyHandle.Changes(1, 1), changes);
    assertEquals(List.of("B", "C", "D"), names(db.students().classes(ada).orderBy("t.name").all()));
    assertEquals(3, db.students().classes(ada).clear());
    assertEquals(0, db.students().classes(ada).count());
  }

  @DatabaseTest
  void loadsTheClassesOfManyStudentsInChunkedQueries(TestDatabase database) {
    CountingDataSource counting = new CountingDataSource(database.dataSource());
    SchoolDb db = fresh(Jdbi.create(counting));
    List<Student> students = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      students.add(new Student(null, "student " + i));
    }
    students = db.students().insertAll(students);
    List<Course> courses = db.courses().insertAll(List.of(new Course(null, "Maths"), new Course(null, "Art")));
    db.students().classes(students.get(0)).addAll(courses);
    db.students().classes(students.get(2499)).add(courses.get(1));

    counting.reset();
    Map<Student, List<Course>> loaded = db.students().classesOf(students);

    int chunk = db.dialect().maxKeysPerQuery();
    assertEquals((2500 + chunk - 1) / chunk, counting.count(), "one query per chunk of owners, never one per owner");
    assertEquals(2500, loaded.size());
    assertEquals(Set.copyOf(courses), Set.copyOf(loaded.get(students.get(0))));
    assertEquals(List.of(courses.get(1)), loaded.get(students.get(2499)));
    assertEquals(List.of(), loaded.get(students.get(1)));
    assertEquals(Set.of(students.get(0), students.get(2499)),
        Set.copyOf(db.courses().studentsOf(List.of(courses.get(1))).get(courses.get(1))),
        "the backref loads in batches too");
  }

  @DatabaseTest
  void transactionsCommitOrRollBackAcrossDaos(Jdbi jdbi) {
    SchoolDb db = fresh(jdbi);
    Course maths = db.courses().insert(new Course(null, "Maths"));
    Student kept = db.inTransaction(tx -> {
      Student s = tx.students().insert(new Student(null, "Kept"));
      tx.students().classes(s).add(maths);
      return s;
    });
    assertThrows(IllegalStateException.class, () -> db.useTransaction(tx -> {
      Student s = tx.students().insert(new Student(null, "Lost"));
      tx.students().classes(s).add(maths);
      tx.courses().insert(new Course(null, "Lost too"));
      throw new IllegalStateException("changed my mind");
    }));
    assertEquals(1, db.students().count());
    assertEquals(1, db.courses().count());
    assertEquals(List.of(kept), db.courses().students(maths).all());
  }

  @DatabaseTest
  void crudThroughTheGeneratedDao(Jdbi jdbi) {
    SchoolDb db = fresh(jdbi);
    Student ada = db.students().insert(new Student(null, "Ada"));
    assertTrue(db.students().existsById(ada.id()));
    assertEquals(ada, db.students().findById(ada.id()).orElseThrow());
    assertTrue(db.students().update(new Student(ada.id(), "Ada Lovelace")));
    assertEquals("Ada Lovelace", db.students().findById(ada.id()).orElseThrow().name());
    assertEquals(1, db.students().findAll().size());
    assertTrue(db.students().deleteById(ada.id()));
    assertFalse(db.students().deleteById(ada.id()));
    assertTrue(db.students().findById(ada.id()).isEmpty());
    assertEquals(0, db.students().count());
  }

  @DatabaseTest
  void runsOnADataSourceWithoutJdbi(TestDatabase database) {
    SchoolDb db = SchoolDb.create(database.dataSource());
    assertEquals(database.dialect(), db.dialect(), "the dialect is detected from the data source's database");
    db.createSchema();
    Student ada = db.students().insert(new Student(null, "Ada"));
    Course maths = db.courses().insert(new Course(null, "Maths"));
    assertTrue(db.students().classes(ada).add(maths));
    assertEquals(List.of(ada), db.courses().students(maths).all());
    assertThrows(IllegalStateException.class, () -> db.useTransaction(tx -> {
      tx.students().classes(tx.students().insert(new Student(null, "Lost"))).add(maths);
      throw new IllegalStateException("changed my mind");
    }));
    assertEquals(List.of(ada), db.students().findAll(), "the transaction left nothing behind");

    SchoolDb named = SchoolDb.create(database.dataSource(), database.dialect());
    assertEquals(List.of("Maths"), names(named.students().classes(ada).all()));
  }
}
