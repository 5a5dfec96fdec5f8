package dev.dovetail.it.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.it.query.Book.Genre;
import dev.dovetail.it.query.Catalog.AuthorCount;
import dev.dovetail.it.query.Catalog.ShelfEntry;
import dev.dovetail.runtime.DovetailException;
import dev.dovetail.testing.DatabaseTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;

/** Every return shape of a declared query, and every kind of parameter, on every database. */
class DeclaredQueriesTest {
  private LibraryDb db;
  private Author ann;
  private Author bob;
  private Book dunes;
  private Book rhymes;
  private Book waves;

  @BeforeEach
  void fill(Jdbi jdbi) {
    db = LibraryDb.create(jdbi);
    db.createSchema();
    ann = db.authors().insert(new Author(null, "Ann", "NZ"));
    bob = db.authors().insert(new Author(null, "Bob", null));
    db.authors().insert(new Author(null, "Cy", null));
    dunes = db.books().insert(new Book(null, "Dunes", Genre.NOVEL, 412, LocalDate.of(2001, 5, 1), ann.id()));
    rhymes = db.books().insert(new Book(null, "Rhymes", Genre.POETRY, 80, null, ann.id()));
    waves = db.books().insert(new Book(null, "Waves", Genre.NOVEL, 230, LocalDate.of(2019, 1, 2), bob.id()));
  }

  @DatabaseTest
  void listOfEntities() {
    assertEquals(List.of(dunes, rhymes), db.catalog().booksBy(ann.id()));
    assertEquals(List.of(), db.catalog().booksBy(-1));
  }

  @DatabaseTest
  void optionalEntity() {
    assertEquals(Optional.of(waves), db.catalog().book(waves.id()));
    assertEquals(Optional.empty(), db.catalog().book(-1));
  }

  @DatabaseTest
  void exactlyOneEntityFromColumnsInAnotherOrder() {
    assertEquals(rhymes, db.catalog().titled("Rhymes"));
    DovetailException none = assertThrows(DovetailException.class, () -> db.catalog().titled("Nothing"));
    assertTrue(none.getMessage().contains("Catalog.titled found no row"), none.getMessage());
    db.books().insert(new Book(null, "Rhymes", Genre.ESSAY, 3, null, null));
    DovetailException two = assertThrows(DovetailException.class, () -> db.catalog().titled("Rhymes"));
    assertTrue(two.getMessage().contains("Catalog.titled found more than one row"), two.getMessage());
  }

  @DatabaseTest
  void recordsNamedAfterTheColumns() {
    assertEquals(List.of(new AuthorCount("Ann", 2), new AuthorCount("Bob", 1), new AuthorCount("Cy", 0)),
        db.catalog().bookCounts());
    assertEquals(List.of(new ShelfEntry("Dunes", Genre.NOVEL, LocalDate.of(2001, 5, 1), ann.id()),
        new ShelfEntry("Rhymes", Genre.POETRY, null, ann.id()),
        new ShelfEntry("Waves", Genre.NOVEL, LocalDate.of(2019, 1, 2), bob.id())), db.catalog().shelf());
  }

  @DatabaseTest
  void singleValues() {
    assertEquals(2, db.catalog().countOf(Genre.NOVEL));
    assertEquals(0, db.catalog().countOf(Genre.ESSAY));
    assertEquals(List.of("Dunes", "Waves"), db.catalog().titlesSince(LocalDate.of(2000, 1, 1)));
    assertEquals(Optional.of(Genre.POETRY), db.catalog().genreOf(rhymes.id()));
    assertEquals(Optional.empty(), db.catalog().genreOf(-1));
    assertEquals(1, db.catalog().countTitled("Waves"));
    assertEquals(412, db.catalog().mostPages(ann.id()));
    assertNull(db.catalog().mostPages(-1), "a boxed single value may be NULL");
    assertEquals(List.of(dunes.id(), waves.id()), db.catalog().longerThan(100), "an unchecked query runs too");
  }

  @DatabaseTest
  void aParameterUsedTwiceIsBoundTwice() {
    Book loud = db.books().insert(new Book(null, "WAVES", Genre.NOVEL, 1, null, null));
    assertEquals(List.of(waves, loud), db.catalog().titledAnyCase("Waves"));
  }

  @DatabaseTest
  void streamIsReadAsConsumedAndClosed() {
    try (Stream<Book> books = db.catalog().everyBook()) {
      assertEquals(List.of(dunes, rhymes), books.limit(2).toList());
    }
    try (Stream<Book> books = db.catalog().everyBook()) {
      assertEquals(3, books.count());
    }
    for (int i = 0; i < 20; i++) {
      // Each closed stream gave its connection back: twenty in a row do not exhaust anything.
      try (Stream<Book> books = db.catalog().everyBook()) {
        assertEquals(dunes, books.findFirst().orElseThrow());
      }
    }
  }

  @DatabaseTest
  void updatesReturnTheirCount() {
    assertEquals(1, db.catalog().add("Essays", Genre.ESSAY, 120));
    assertEquals(1, db.catalog().countOf(Genre.ESSAY));
    assertTrue(db.catalog().setPages(dunes.id(), 500));
    assertFalse(db.catalog().setPages(-1, 500));
    assertEquals(500, db.books().findById(dunes.id()).orElseThrow().pages());
    db.catalog().retitle(waves.id(), "Tides");
    assertEquals("Tides", db.books().findById(waves.id()).orElseThrow().title());
    assertEquals(2L, db.catalog().deleteBooksBy(ann.id()));
    assertEquals(List.of(), db.catalog().booksBy(ann.id()));
  }
}
