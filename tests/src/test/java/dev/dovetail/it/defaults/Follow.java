package dev.dovetail.it.defaults;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.Id;
import dev.dovetail.ManyToOne;
import dev.dovetail.OnDelete;
import java.time.Instant;

/** A follow and the time it began ({@code NOT NULL}), which a link written by {@code add} gets by default. */
@Entity(table = "reader_follows")
public record Follow(
    @Id @ManyToOne(target = Reader.class, onDelete = OnDelete.CASCADE) Long followerId,
    @Id @ManyToOne(target = Reader.class, onDelete = OnDelete.CASCADE) Long followedId,
    @Column(nullable = false, defaultNow = true) Instant since,
    @Column(nullable = false, defaultValue = "true") Boolean alerts) {}
