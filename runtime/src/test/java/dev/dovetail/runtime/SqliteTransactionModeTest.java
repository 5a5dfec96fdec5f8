package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dovetail.fixture.Model.Course;
import dev.dovetail.fixture.SchoolDb;
import dev.dovetail.fixture.SchoolFixture;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * SQLite lets one writer at a time. A single call waits for the file within the busy timeout
 * ({@link SixteenWritersTest}); a transaction that reads before it writes cannot wait, since SQLite refuses to
 * turn its read lock into a write lock while another connection writes ({@code SQLITE_BUSY} at once). Opened
 * with {@code transaction_mode=IMMEDIATE}, each transaction takes the write lock at its start, and waits (here
 * up to a minute: sixteen threads queue for one file, and a loaded machine must not turn waiting into failing).
 */
class SqliteTransactionModeTest extends SchoolFixture {
  private static final int THREADS = 16;
  private static final int COURSES = 8;

  @DatabaseTest(TestDatabase.Kind.SQLITE)
  void readThenWriteTransactionsFromSixteenThreadsWithImmediateTransactions(TestDatabase database)
      throws Exception {
    String url = database.url().replace("?synchronous=OFF", "?transaction_mode=IMMEDIATE&busy_timeout=60000");
    db = SchoolDb.create(Jdbi.create(url), database.dialect());
    List<Course> courses = courses(COURSES);
    SixteenWritersTest.atOnce(students(THREADS), s -> {
      for (Course c : courses) {
        db.inTransaction(tx -> {
          // Read, then write in the same transaction: the pattern SQLite cannot upgrade under contention.
          if (!tx.students().classes(s).contains(c)) {
            tx.students().classes(s).add(c);
          }
          return tx.students().classes(s).count();
        });
      }
    });
    assertEquals((long) COURSES * THREADS, rows("registrations"), "every link once");
  }
}
