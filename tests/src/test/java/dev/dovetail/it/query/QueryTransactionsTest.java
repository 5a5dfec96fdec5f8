package dev.dovetail.it.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.it.query.Book.Genre;
import dev.dovetail.runtime.ConstraintViolationException;
import dev.dovetail.testing.DatabaseTest;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;

/** Declared statements join the transaction of the database they are reached from. */
class QueryTransactionsTest {
  private LibraryDb db;
  private Author ann;

  @BeforeEach
  void fill(Jdbi jdbi) {
    db = LibraryDb.create(jdbi);
    db.createSchema();
    ann = db.authors().insert(new Author(null, "Ann", null));
  }

  @DatabaseTest
  void readsTheTransactionsOwnWrites() {
    int seen = db.inTransaction(tx -> {
      tx.books().insert(new Book(null, "Draft", Genre.ESSAY, 1, null, ann.id()));
      tx.catalog().add("Second draft", Genre.ESSAY, 2);
      return tx.catalog().countTitled("Draft") + (int) tx.catalog().countOf(Genre.ESSAY);
    });
    assertEquals(3, seen);
  }

  @DatabaseTest
  void rollsBackWithTheTransaction() {
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> db.useTransaction(tx -> {
      tx.catalog().add("Lost", Genre.NOVEL, 10);
      assertEquals(1, tx.catalog().countTitled("Lost"));
      throw new IllegalStateException("abandon");
    }));
    assertEquals("abandon", thrown.getMessage());
    assertEquals(0, db.catalog().countTitled("Lost"));
  }

  @DatabaseTest
  void aStreamInsideATransactionLeavesTheTransactionOpen() {
    long count = db.inTransaction(tx -> {
      tx.catalog().add("One", Genre.NOVEL, 1);
      long inStream;
      try (Stream<Book> books = tx.catalog().everyBook()) {
        inStream = books.count();
      }
      tx.catalog().add("Two", Genre.NOVEL, 2);
      return inStream + tx.catalog().countOf(Genre.NOVEL);
    });
    assertEquals(3, count);
    assertEquals(List.of("One", "Two"), db.books().findAll().stream().map(Book::title).sorted().toList(),
        "committed after the stream closed");
  }

  @DatabaseTest
  void aRefusedUpdateIsAConstraintViolation() {
    ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
        () -> db.catalog().add(null, Genre.NOVEL, 1));
    assertEquals(dev.dovetail.dialect.Dialect.Violation.NOT_NULL, e.violation(), e.getMessage());
  }
}
