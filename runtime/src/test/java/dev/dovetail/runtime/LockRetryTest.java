package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.runtime.internal.DaoContext;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Handle;

/**
 * One statement that the database refused for a lock held elsewhere ({@code SQLITE_BUSY} past the busy timeout, a
 * deadlock victim) took no effect: outside a transaction it runs again; inside one it does not, since the database
 * may have rolled the whole transaction back, and running the statement alone would commit it without the rest.
 */
class LockRetryTest {

  /** What the engine says when another connection holds the lock too long. */
  private static SQLException refusal(TestDatabase database) {
    return switch (database.kind()) {
      case SQLITE -> new SQLException("[SQLITE_BUSY] The database file is locked (database is locked)", null, 5);
      case MARIADB -> new SQLException("Deadlock found when trying to get lock", "40001", 1213);
      default -> new SQLException("deadlock detected", "40P01");
    };
  }

  @DatabaseTest
  void aStatementRefusedForALockRunsAgainOutsideATransaction(TestDatabase database) throws SQLException {
    DaoContext ctx = DaoContext.of(database.dataSource(), database.dialect());
    AtomicInteger attempts = new AtomicInteger();
    String result = ctx.oneStatement(connection -> {
      if (attempts.incrementAndGet() < 3) {
        throw refusal(database);
      }
      return "done";
    });
    assertEquals("done", result);
    assertEquals(3, attempts.get());
  }

  @DatabaseTest
  void insideATransactionItIsNotRunAgain(TestDatabase database) {
    AtomicInteger attempts = new AtomicInteger();
    SQLException refused = refusal(database);
    SQLException thrown = assertThrows(SQLException.class, () -> {
      try (Handle h = database.jdbi().open()) {
        // Readied before the transaction begins, as SQLite's foreign keys require.
        DaoContext inTransaction = DaoContext.of(database.jdbi(), database.dialect()).on(h);
        h.begin();
        try {
          inTransaction.oneStatement(connection -> {
            attempts.incrementAndGet();
            throw refused;
          });
        } finally {
          h.rollback();
        }
      }
    });
    assertSame(refused, thrown);
    assertEquals(1, attempts.get());
  }

  @DatabaseTest
  void otherErrorsAreNotRunAgain(TestDatabase database) {
    DaoContext ctx = DaoContext.of(database.dataSource(), database.dialect());
    AtomicInteger attempts = new AtomicInteger();
    SQLException other = new SQLException("syntax error", "42000");
    assertSame(other, assertThrows(SQLException.class, () -> ctx.oneStatement(connection -> {
      attempts.incrementAndGet();
      throw other;
    })));
    assertEquals(1, attempts.get());
  }
}
