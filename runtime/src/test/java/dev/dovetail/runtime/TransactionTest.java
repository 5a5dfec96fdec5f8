package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.fixture.Model.Course;
import dev.dovetail.fixture.Model.Student;
import dev.dovetail.fixture.SchoolFixture;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/** {@link DovetailDatabase#inTransaction} and the savepoints of batches run inside a transaction. */
class TransactionTest extends SchoolFixture {

  @DatabaseTest
  void commitsWhenTheWorkReturns() {
    Student ada = db.inTransaction(tx -> {
      Student s = tx.students().insert(new Student(null, "Ada"));
      Course c = tx.courses().insert(new Course(null, "Algebra"));
      tx.students().classes(s).add(c);
      // Inside, the transaction sees its own writes.
      assertEquals(1, tx.students().classes(s).count());
      return s;
    });
    assertEquals(List.of("Algebra"), map(db.students().classes(ada).all(), Course::name));
    assertEquals(List.of(1L, 1L, 1L), List.of(rows("students"), rows("classes"), rows("registrations")));
  }

  @DatabaseTest
  void rollsBackWhenTheWorkThrows() {
    student("Before");
    IOException thrown = assertThrows(IOException.class, () -> db.useTransaction(tx -> {
      Student s = tx.students().insert(new Student(null, "Ada"));
      Course c = tx.courses().insert(new Course(null, "Algebra"));
      tx.students().classes(s).add(c);
      tx.students().insertAll(List.of(new Student(null, "Bob"), new Student(null, "Cy")));
      throw new IOException("changed my mind");
    }));
    assertEquals("changed my mind", thrown.getMessage());
    assertEquals(List.of(1L, 0L, 0L), List.of(rows("students"), rows("classes"), rows("registrations")));
    assertEquals(List.of("Before"), map(db.students().findAll(), Student::name));
  }

  @DatabaseTest
  void aRefusedWriteRollsBackTheWholeTransaction() {
    student("Taken");
    assertThrows(ConstraintViolationException.class, () -> db.useTransaction(tx -> {
      tx.courses().insert(new Course(null, "Algebra"));
      tx.students().insert(new Student(null, "Taken"));
    }));
    assertEquals(List.of(1L, 0L), List.of(rows("students"), rows("classes")));
  }

  @DatabaseTest
  void aFailedBatchInsideATransactionRollsBackToItsSavepoint() {
    student("Taken");
    Course ghost = new Course(9999L, "Ghost");
    db.useTransaction(tx -> {
      Student ada = tx.students().insert(new Student(null, "Ada"));
      Course algebra = tx.courses().insert(new Course(null, "Algebra"));
      assertThrows(ConstraintViolationException.class,
          () -> tx.students().insertAll(List.of(new Student(null, "Bob"), new Student(null, "Taken"))));
      assertThrows(ConstraintViolationException.class,
          () -> tx.students().classes(ada).addAll(List.of(algebra, ghost)));
      assertThrows(ConstraintViolationException.class,
          () -> tx.students().classes(ada).replaceWith(List.of(ghost)));
      // The transaction goes on as if the failed batches had never run.
      assertEquals(0, tx.students().classes(ada).count());
      tx.students().classes(ada).addAll(List.of(algebra));
      tx.students().insertAll(List.of(new Student(null, "Cy")));
    });
    assertEquals(Set.of("Taken", "Ada", "Cy"), Set.copyOf(map(db.students().findAll(), Student::name)));
    assertEquals(1, rows("registrations"));
  }

  @DatabaseTest
  void afterACaughtFailureTheNextCallSaysWhetherTheTransactionGoesOn() {
    student("Taken");
    DovetailException next = null;
    try {
      db.useTransaction(tx -> {
        assertThrows(ConstraintViolationException.class, () -> tx.students().insert(new Student(null, "Taken")));
        tx.students().insert(new Student(null, "After"));
      });
    } catch (DovetailException e) {
      next = e;
    }
    if (database.kind() == TestDatabase.Kind.POSTGRESQL) {
      // PostgreSQL refuses every statement after a failed one until the transaction ends; the message must not
      // blame the next statement for the earlier one's unique violation, which the driver attaches as the cause.
      assertFalse(next instanceof ConstraintViolationException, String.valueOf(next));
      assertTrue(next.getMessage().contains("an earlier statement in it failed"), next.getMessage());
      assertEquals(1, rows("students"));
    } else {
      assertNull(next);
      assertEquals(2, rows("students"));
    }
  }

  @DatabaseTest
  void nestedTransactionsJoinTheOuterOne() {
    assertThrows(IllegalStateException.class, () -> db.useTransaction(outer -> {
      outer.students().insert(new Student(null, "Outer"));
      outer.useTransaction(inner -> inner.students().insert(new Student(null, "Inner")));
      assertEquals(2, outer.students().count());
      throw new IllegalStateException("roll back both");
    }));
    assertEquals(0, rows("students"));
    db.useTransaction(outer -> outer.useTransaction(inner -> inner.students().insert(new Student(null, "Kept"))));
    assertEquals(1, rows("students"));
  }

  @DatabaseTest
  void batchesOutsideATransactionLeaveConnectionsInAutoCommit() {
    db.students().insertAll(List.of(new Student(null, "A"), new Student(null, "B")));
    assertThrows(ConstraintViolationException.class,
        () -> db.students().insertAll(List.of(new Student(null, "C"), new Student(null, "A"))));
    // Each call after a batch, failed or not, commits on its own: another connection sees the rows.
    student("D");
    assertEquals(3, rows("students"));
  }
}
