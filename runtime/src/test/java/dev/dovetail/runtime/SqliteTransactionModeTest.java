package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dovetail.fixture.Model.Course;
import dev.dovetail.fixture.Model.Student;
import dev.dovetail.fixture.SchoolDb;
import dev.dovetail.fixture.SchoolFixture;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;

/**
 * SQLite lets one writer at a time. A single call waits for the file within the busy timeout
 * ({@link SixteenWritersTest}); a transaction that reads before it writes cannot wait, since SQLite refuses to
 * turn its read lock into a write lock while another connection writes ({@code SQLITE_BUSY} at once). Opened
 * with {@code transaction_mode=IMMEDIATE}, each transaction takes the write lock at its start, and waits.
 */
class SqliteTransactionModeTest extends SchoolFixture {
  private static final int THREADS = 16;
  private static final int COURSES = 8;

  @DatabaseTest(TestDatabase.Kind.SQLITE)
  void readThenWriteTransactionsFromSixteenThreadsWithImmediateTransactions(TestDatabase database)
      throws Exception {
    db = SchoolDb.create(Jdbi.create(database.url().replace("?synchronous=OFF", "?transaction_mode=IMMEDIATE")),
        database.dialect());
    List<Course> courses = new ArrayList<>();
    for (int i = 0; i < COURSES; i++) {
      courses.add(course("Course " + i));
    }
    List<Student> students = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      students.add(student("Student " + t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Callable<Void>> work = new ArrayList<>();
      for (Student s : students) {
        work.add(() -> {
          for (Course c : courses) {
            db.inTransaction(tx -> {
              // Read, then write in the same transaction: the pattern SQLite cannot upgrade under contention.
              if (!tx.students().classes(s).contains(c)) {
                tx.students().classes(s).add(c);
              }
              return tx.students().classes(s).count();
            });
          }
          return null;
        });
      }
      for (Future<Void> done : pool.invokeAll(work, 120, TimeUnit.SECONDS)) {
        done.get();
      }
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
    assertEquals((long) COURSES * THREADS, rows("registrations"), "every link once");
  }
}
