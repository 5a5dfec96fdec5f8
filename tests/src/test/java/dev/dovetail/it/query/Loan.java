package dev.dovetail.it.query;

import dev.dovetail.Entity;
import dev.dovetail.Id;
import dev.dovetail.ManyToOne;
import dev.dovetail.OnDelete;
import java.time.LocalDate;

/** A book lent to a reader until a date: an association entity with a column of its own. */
@Entity(table = "loans")
public record Loan(
    @Id @ManyToOne(target = Reader.class, onDelete = OnDelete.CASCADE) Long readerId,
    @Id @ManyToOne(target = Book.class, onDelete = OnDelete.CASCADE) Long bookId,
    LocalDate due) {}
