package dev.dovetail.it.integrity;

import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToOne;
import dev.dovetail.OnDelete;

/** A second table restricting deletes of writers, and one that deletes with them. */
@Entity(table = "notes")
public record Note(
    @Id @GeneratedValue Long id,
    @ManyToOne(target = Writer.class) Long writerId,
    @ManyToOne(target = Writer.class, onDelete = OnDelete.CASCADE) Long subjectId) {}
