package dev.dovetail.it.query;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;

/** An author of books. */
@Entity(table = "authors")
public record Author(
    @Id @GeneratedValue Long id,
    @Column(nullable = false, length = 100) String name,
    String country) {}
