package dev.dovetail.it.query;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToMany;

/** A reader borrowing books through {@link Loan}, whose rows carry a due date. */
@Entity(table = "readers")
@ManyToMany(name = "borrowed", target = Book.class, through = Loan.class, joinColumn = "reader_id",
    inverseJoinColumn = "book_id", backref = "borrowers")
public record Reader(@Id @GeneratedValue Long id, @Column(nullable = false) String name) {}
