package dev.dovetail.it.social;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToOne;
import dev.dovetail.OnDelete;
import java.time.Instant;

/** A post; its author may be removed, leaving the post anonymous. */
@Entity(table = "posts")
public record Post(
    @Id @GeneratedValue Long id,
    @Column(nullable = false) String body,
    @Column(nullable = false) Instant timestamp,
    @ManyToOne(target = Member.class, backref = "posts", onDelete = OnDelete.SET_NULL) Long authorId) {}
