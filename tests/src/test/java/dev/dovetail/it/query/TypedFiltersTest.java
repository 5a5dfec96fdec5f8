package dev.dovetail.it.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.filter.Condition;
import dev.dovetail.it.query.Book.Genre;
import dev.dovetail.testing.DatabaseTest;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;

/** The metamodel's conditions and orderings on DAO queries and relationship handles, on every database. */
class TypedFiltersTest {
  private LibraryDb db;
  private Author ann;
  private Book dunes;
  private Book rhymes;
  private Book waves;
  private Book untitled;

  @BeforeEach
  void fill(Jdbi jdbi) {
    db = LibraryDb.create(jdbi);
    db.createSchema();
    ann = db.authors().insert(new Author(null, "Ann", "NZ"));
    Author bob = db.authors().insert(new Author(null, "Bob", null));
    dunes = db.books().insert(new Book(null, "Dunes", Genre.NOVEL, 412, LocalDate.of(2001, 5, 1), ann.id()));
    rhymes = db.books().insert(new Book(null, "Rhymes", Genre.POETRY, 80, null, ann.id()));
    waves = db.books().insert(new Book(null, "Waves", Genre.NOVEL, 230, LocalDate.of(2019, 1, 2), bob.id()));
    untitled = db.books().insert(new Book(null, "100% _real_", null, 0, null, null));
  }

  private List<Book> books(Condition condition) {
    return db.books().query().where(condition).orderBy(Book_.ID.asc()).all();
  }

  @DatabaseTest
  void comparisons() {
    assertEquals(List.of(dunes, waves), books(Book_.GENRE.eq(Genre.NOVEL)));
    assertEquals(List.of(rhymes), books(Book_.GENRE.ne(Genre.NOVEL)), "NULL matches neither eq nor ne");
    assertEquals(List.of(dunes, waves), books(Book_.PAGES.gt(200)));
    assertEquals(List.of(waves), books(Book_.PAGES.ge(230).and(Book_.PAGES.lt(412))));
    assertEquals(List.of(rhymes, untitled), books(Book_.PAGES.le(80)));
    assertEquals(List.of(rhymes, waves), books(Book_.PAGES.between(80, 230)));
    assertEquals(List.of(waves), books(Book_.PUBLISHED.gt(LocalDate.of(2010, 1, 1))));
  }

  @DatabaseTest
  void nullsAndLists() {
    assertEquals(List.of(rhymes, untitled), books(Book_.PUBLISHED.isNull()));
    assertEquals(List.of(dunes, waves), books(Book_.PUBLISHED.isNotNull()));
    assertEquals(List.of(untitled), books(Book_.AUTHOR_ID.eq(null)), "eq(null) is IS NULL");
    assertEquals(List.of(dunes, waves), books(Book_.ID.in(dunes.id(), waves.id())));
    assertEquals(List.of(rhymes), books(Book_.GENRE.in(List.of(Genre.POETRY, Genre.ESSAY))));
    assertEquals(List.of(), books(Book_.ID.in(List.of())), "an empty IN matches nothing");
  }

  @DatabaseTest
  void textPatternsTakeWildcardsLiterally() {
    assertEquals(List.of(untitled), books(Book_.TITLE.startsWith("100%")));
    assertEquals(List.of(), books(Book_.TITLE.startsWith("1_0")), "_ is no wildcard in startsWith");
    assertEquals(List.of(untitled), books(Book_.TITLE.contains("_real_")));
    assertEquals(List.of(dunes, rhymes, waves), books(Book_.TITLE.endsWith("es")));
    assertEquals(List.of(dunes), books(Book_.TITLE.like("D_n%")), "like's wildcards are the caller's");
    assertEquals(List.of(untitled), books(Book_.TITLE.like("100!% !_%")));
  }

  @DatabaseTest
  void combinations() {
    Condition novelOrShort = Book_.GENRE.eq(Genre.NOVEL).or(Book_.PAGES.lt(100));
    assertEquals(List.of(dunes, rhymes, waves, untitled), books(novelOrShort));
    assertEquals(List.of(dunes, waves), books(novelOrShort.and(Book_.PUBLISHED.isNotNull())));
    assertEquals(List.of(rhymes, untitled), books(Book_.GENRE.eq(Genre.NOVEL).not()
        .or(Book_.GENRE.isNull())));
    assertEquals(List.of(dunes, rhymes, waves, untitled), books(Condition.all()));
    assertEquals(List.of(), books(Condition.any()));
    assertEquals(2, db.books().query().where(Book_.AUTHOR_ID.eq(ann.id())).where("t.pages > :p", "p", 50).count(),
        "typed and string conditions mix, each bound in its place");
  }

  @DatabaseTest
  void orderings() {
    assertEquals(List.of(untitled, rhymes, waves, dunes), db.books().query().orderBy(Book_.PAGES.asc()).all());
    // NULLs sort first on some databases and last on others: keep them out of an order that is asserted.
    assertEquals(List.of(rhymes, waves, dunes), db.books().query().where(Book_.GENRE.isNotNull())
        .orderBy(Book_.GENRE.desc(), Book_.TITLE.desc()).all(), "enums order by name: POETRY after NOVEL");
    assertEquals(List.of(dunes, waves, rhymes, untitled),
        db.books().query().orderBy("t.pages DESC").orderBy(Book_.ID.asc()).all(), "string and typed keys mix");
  }

  @DatabaseTest
  void onRelationshipHandles() {
    assertEquals(List.of(rhymes), db.authors().books(ann).where(Book_.PAGES.lt(100)).all());
    assertEquals(List.of(rhymes, dunes), db.authors().books(ann).orderBy(Book_.PAGES.asc()).all());
    Reader reader = db.readers().insert(new Reader(null, "Rae"));
    db.loans().insert(new Loan(reader.id(), dunes.id(), LocalDate.of(2030, 1, 1)));
    db.loans().insert(new Loan(reader.id(), waves.id(), LocalDate.of(2020, 1, 1)));
    db.loans().insert(new Loan(reader.id(), rhymes.id(), null));
    assertEquals(List.of(waves), db.readers().borrowed(reader).where(Loan_.DUE.lt(LocalDate.of(2025, 1, 1))).all(),
        "a column of the association table is rendered against its alias j");
    assertEquals(List.of(dunes, rhymes, waves), db.readers().borrowed(reader)
        .where(Loan_.DUE.isNotNull().or(Book_.GENRE.eq(Genre.POETRY))).orderBy(Book_.TITLE.asc()).all());
    assertEquals(List.of(dunes, waves), db.readers().borrowed(reader).where(Loan_.DUE.isNotNull())
        .orderBy(Loan_.DUE.desc()).all());
    assertEquals(List.of(reader), db.books().borrowers(dunes).where(Reader_.NAME.startsWith("R")).all());
  }

  @DatabaseTest
  void aColumnOfATableTheQueryDoesNotReadIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> db.books().query().where(Author_.NAME.eq("Ann")));
    assertTrue(e.getMessage().contains("names a column of table authors, but the query reads books"),
        e.getMessage());
  }
}
