package dev.dovetail.it.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dovetail.it.query.Book.Genre;
import dev.dovetail.testing.DatabaseTest;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Every value reaches the database as a bound parameter: text made to break out of a string literal, end
 * the statement and comment out the rest round-trips unchanged through a declared query and a typed filter,
 * and changes nothing else.
 */
class BoundValuesTest {
  private static final String HOSTILE = "Robert'); DROP TABLE books; -- \" \\ %_! end";

  @DatabaseTest
  void hostileTextRoundTripsThroughDeclaredQueriesAndTypedFilters(Jdbi jdbi) {
    LibraryDb db = LibraryDb.create(jdbi);
    db.createSchema();
    Book plain = db.books().insert(new Book(null, "Plain", Genre.NOVEL, 10, null, null));
    Author author = db.authors().insert(new Author(null, HOSTILE, "';--"));

    assertEquals(1, db.catalog().add(HOSTILE, Genre.ESSAY, 7));
    Book hostile = db.catalog().titled(HOSTILE);
    assertEquals(HOSTILE, hostile.title());
    assertEquals(List.of(hostile), db.catalog().titledAnyCase(HOSTILE), "bound twice in one statement");
    assertEquals(List.of(hostile), db.books().query().where(Book_.TITLE.eq(HOSTILE)).all());
    assertEquals(List.of(hostile), db.books().query().where(Book_.TITLE.startsWith(HOSTILE)).all());
    assertEquals(List.of(hostile), db.books().query().where(Book_.TITLE.contains("; DROP TABLE books; --")).all());
    assertEquals(List.of(author), db.authors().query().where(Author_.COUNTRY.in("';--", "x")).all());

    db.catalog().retitle(plain.id(), HOSTILE + HOSTILE);
    assertEquals(HOSTILE + HOSTILE, db.books().findById(plain.id()).orElseThrow().title());
    assertEquals(List.of(new Catalog.AuthorCount(HOSTILE, 0)), db.catalog().bookCounts());

    // Nothing else changed: both tables are there, with exactly their rows.
    assertEquals(2, db.books().count());
    assertEquals(1, db.authors().count());
    assertEquals(List.of(hostile.id(), plain.id()).stream().sorted().toList(),
        db.books().findAll().stream().map(Book::id).sorted().toList());
  }
}
