package dev.dovetail.it.defaults;

import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToMany;

/**
 * Readers following readers through an association object whose own columns all have defaults, and blocking
 * readers through one with a column that has none.
 */
@Entity(table = "readers")
@ManyToMany(name = "following", target = Reader.class, through = Follow.class,
    joinColumn = "follower_id", inverseJoinColumn = "followed_id", backref = "followers")
@ManyToMany(name = "blocking", target = Reader.class, through = Block.class,
    joinColumn = "blocker_id", inverseJoinColumn = "blocked_id", backref = "blockedBy")
public record Reader(@Id @GeneratedValue Long id, String name) {}
