package dev.dovetail.it.query;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToOne;
import dev.dovetail.OnDelete;
import java.time.LocalDate;

/** A book: text, an enum, a number, a date and a nullable foreign key, for every kind of filter. */
@Entity(table = "books")
public record Book(
    @Id @GeneratedValue Long id,
    @Column(nullable = false) String title,
    Genre genre,
    int pages,
    LocalDate published,
    @ManyToOne(target = Author.class, backref = "books", onDelete = OnDelete.SET_NULL) Long authorId) {

  /** What a book is. */
  public enum Genre {
    NOVEL,
    POETRY,
    ESSAY
  }
}
