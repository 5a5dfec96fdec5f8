package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.fixture.Model.Course;
import dev.dovetail.fixture.Model.Student;
import dev.dovetail.fixture.SchoolDb;
import dev.dovetail.fixture.SchoolFixture;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Sixteen threads, each with a connection of its own per call, adding, checking and removing links at once
 * (SQLite: one file, one writer at a time). No call fails with a busy or locked database, and every link
 * ends as its thread left it: none lost, none doubled.
 */
class SixteenWritersTest extends SchoolFixture {
  private static final int THREADS = 16;
  private static final int COURSES = 12;
  private static final int ROUNDS = 3;

  /** SQLite as an application opens it: durable commits (the tests' own URL turns fsync off), so writers wait longer. */
  @DatabaseTest(TestDatabase.Kind.SQLITE)
  void sqliteWithDurableCommits(TestDatabase database) throws Exception {
    db = SchoolDb.create(org.jdbi.v3.core.Jdbi.create(database.url().replace("?synchronous=OFF", "")),
        database.dialect());
    addRemoveAndContainsFromSixteenThreads();
  }

  @DatabaseTest
  void addRemoveAndContainsFromSixteenThreads() throws Exception {
    List<Course> courses = courses(COURSES);
    List<Student> students = students(THREADS);
    atOnce(students, s -> {
      for (int round = 0; round < ROUNDS; round++) {
        for (Course c : courses) {
          assertTrue(db.students().classes(s).add(c), "a new link");
          assertFalse(db.students().classes(s).add(c), "already there");
          assertTrue(db.students().classes(s).contains(c));
        }
        for (Course c : courses) {
          // Rounds end with the even courses linked; the odd ones go each round.
          if (round < ROUNDS - 1 || c.id() % 2 == 1) {
            assertTrue(db.students().classes(s).remove(c), "a link to remove");
            assertFalse(db.students().classes(s).contains(c));
          }
        }
      }
    });
    Set<Course> even = new HashSet<>();
    courses.stream().filter(c -> c.id() % 2 == 0).forEach(even::add);
    for (Student s : students) {
      assertEquals(even, new HashSet<>(db.students().classes(s).all()), s.name());
    }
    assertEquals((long) even.size() * THREADS, rows("registrations"), "no link doubled");
  }

  /** What a thread does for one student. */
  interface StudentWork {
    void run(Student student) throws Exception;
  }

  /** Runs {@code work} for every student at once, a thread each, and rethrows the first failure. */
  static void atOnce(List<Student> students, StudentWork work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(students.size());
    try {
      List<Callable<Void>> calls = new ArrayList<>();
      for (Student s : students) {
        calls.add(() -> {
          work.run(s);
          return null;
        });
      }
      for (Future<Void> done : pool.invokeAll(calls, 120, TimeUnit.SECONDS)) {
        done.get();
      }
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
  }
}
