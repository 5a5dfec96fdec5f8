package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dovetail.fixture.Model.Course;
import dev.dovetail.fixture.Model.Student;
import dev.dovetail.fixture.SchoolFixture;
import dev.dovetail.testing.DatabaseTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Several connections linking and unlinking the same pairs at once, each in its own order: no call fails, no
 * batch deadlocks another, and every link is reported as new by exactly one caller.
 */
class ConcurrentLinksTest extends SchoolFixture {
  private static final int THREADS = 4;
  private static final int ROUNDS = 6;
  private ExecutorService pool;
  private Student ada;
  private List<Course> courses;

  @BeforeEach
  void thirtyCourses() {
    pool = Executors.newFixedThreadPool(THREADS);
    ada = student("Ada");
    courses = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      courses.add(course("Course " + i));
    }
  }

  @AfterEach
  void stopThePool() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(10, TimeUnit.SECONDS);
  }

  /** {@code courses} in an order of this thread's own. */
  private List<Course> shuffled(int seed) {
    List<Course> mine = new ArrayList<>(courses);
    Collections.shuffle(mine, new Random(seed));
    return mine;
  }

  private int runAll(List<Callable<Integer>> work) throws Exception {
    int total = 0;
    for (Future<Integer> result : pool.invokeAll(work, 60, TimeUnit.SECONDS)) {
      total += result.get();
    }
    return total;
  }

  @DatabaseTest
  void addAndAddAllRacingForTheSameLinks() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      db.students().classes(ada).clear();
      List<Callable<Integer>> work = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        List<Course> mine = shuffled(round * THREADS + t);
        work.add(t % 2 == 0
            ? () -> (int) mine.stream().filter(c -> db.students().classes(ada).add(c)).count()
            : () -> db.students().classes(ada).addAll(mine));
      }
      assertEquals(courses.size(), runAll(work), "links reported new in round " + round);
      assertEquals(courses.size(), rows("registrations"));
    }
  }

  @DatabaseTest
  void addAllRacingRemoveAll() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      List<Callable<Integer>> work = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        List<Course> mine = shuffled(round * THREADS + t);
        work.add(t % 2 == 0 ? () -> db.students().classes(ada).addAll(mine)
            : () -> db.students().classes(ada).removeAll(mine));
      }
      runAll(work);
      long links = rows("registrations");
      assertEquals(links, db.students().classes(ada).count());
      assertEquals(links, db.students().classes(ada).removeAll(courses));
    }
  }
}
