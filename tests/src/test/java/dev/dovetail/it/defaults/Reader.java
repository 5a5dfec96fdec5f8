package dev.dovetail.it.defaults;

import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToMany;

/** Readers following readers through an association object whose own columns all have defaults. */
@Entity(table = "readers")
@ManyToMany(name = "following", target = Reader.class, through = Follow.class,
    joinColumn = "follower_id", inverseJoinColumn = "followed_id", backref = "followers")
public record Reader(@Id @GeneratedValue Long id, String name) {}
