package com.example.kinds;

import dev.dovetail.Entity;
import dev.dovetail.Id;
import dev.dovetail.ManyToOne;
import dev.dovetail.OnDelete;
import java.time.Instant;

/** An association entity: a composite id of two foreign keys, and a column of its own. */
@Entity(table = "follows")
public record Follow(
    @Id @ManyToOne(target = User.class, backref = "following", onDelete = OnDelete.CASCADE) Long followerId,
    @Id @ManyToOne(target = User.class, backref = "followedBy", onDelete = OnDelete.CASCADE) Long followedId,
    Instant timestamp) {}
