package dev.dovetail.bench.model;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToOne;
import dev.dovetail.OnDelete;
import java.time.Instant;

/**
 * A post by a user.
 *
 * @param id the database-assigned id
 * @param body the text
 * @param timestamp when it was posted
 * @param authorId the author's id
 */
@Entity(table = "posts")
public record Post(
    @Id @GeneratedValue Long id,
    @Column(nullable = false, length = 140) String body,
    @Column(nullable = false, index = true) Instant timestamp,
    @ManyToOne(target = User.class, backref = "posts", onDelete = OnDelete.CASCADE) @Column(nullable = false)
        Long authorId) {}
