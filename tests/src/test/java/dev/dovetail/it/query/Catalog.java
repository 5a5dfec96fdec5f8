package dev.dovetail.it.query;

import dev.dovetail.Queries;
import dev.dovetail.Query;
import dev.dovetail.Update;
import dev.dovetail.it.query.Book.Genre;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The library's own statements: every return shape, every kind of parameter. */
@Queries
public interface Catalog {
  /** A row of {@link #bookCounts()}: a record named after the selected columns. */
  record AuthorCount(String authorName, long bookCount) {}

  /** A row of {@link #shelf()}: columns in another order, an enum and a nullable date. */
  record ShelfEntry(String title, Genre genre, LocalDate published, Long authorId) {}

  @Query("SELECT b.* FROM books b WHERE b.author_id = :authorId ORDER BY b.title")
  List<Book> booksBy(long authorId);

  @Query("SELECT b.* FROM books b WHERE b.id = :id")
  Optional<Book> book(long id);

  @Query("SELECT b.pages, b.title, b.author_id, b.id, b.published, b.genre FROM books b WHERE b.title = :title")
  Book titled(String title);

  @Query("SELECT a.name AS author_name, COUNT(b.id) AS book_count FROM authors a"
      + " LEFT JOIN books b ON b.author_id = a.id GROUP BY a.name ORDER BY a.name")
  List<AuthorCount> bookCounts();

  @Query("SELECT b.author_id, b.published, b.genre, b.title FROM books b ORDER BY b.title")
  List<ShelfEntry> shelf();

  @Query("SELECT COUNT(*) FROM books b WHERE b.genre = :genre")
  long countOf(Genre genre);

  @Query("SELECT b.title FROM books b WHERE b.published >= :since ORDER BY b.title")
  List<String> titlesSince(LocalDate since);

  @Query("SELECT b.genre FROM books b WHERE b.id = :id")
  Optional<Genre> genreOf(long id);

  @Query("SELECT COUNT(*) FROM books b WHERE b.title = :title")
  int countTitled(String title);

  @Query("SELECT b.* FROM books b ORDER BY b.id")
  Stream<Book> everyBook();

  @Query("SELECT MAX(b.pages) FROM books b WHERE b.author_id = :authorId")
  Integer mostPages(long authorId);

  @Query("SELECT b.* FROM books b WHERE b.title = :title OR b.title = UPPER(:title) ORDER BY b.id")
  List<Book> titledAnyCase(String title);

  @Query(value = "SELECT b.id FROM books b WHERE b.pages > :pages ORDER BY b.id", checked = false)
  List<Long> longerThan(int pages);

  @Update("INSERT INTO books (title, genre, pages) VALUES (:title, :genre, :pages)")
  int add(String title, Genre genre, int pages);

  @Update("UPDATE books SET pages = :pages WHERE id = :id")
  boolean setPages(long id, int pages);

  @Update("UPDATE books SET title = :title WHERE id = :id")
  void retitle(long id, String title);

  @Update("DELETE FROM books WHERE author_id = :authorId")
  long deleteBooksBy(long authorId);
}
