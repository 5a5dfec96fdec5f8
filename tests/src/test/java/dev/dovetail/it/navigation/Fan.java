package dev.dovetail.it.navigation;

import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToMany;

/** Fans following fans: the followed by handle descending, the followers by handle ascending. */
@Entity(table = "fans")
@ManyToMany(name = "followed", target = Fan.class, joinTable = "fan_follows", joinColumn = "follower_id",
    inverseJoinColumn = "followed_id", backref = "followers", orderBy = "handle DESC", backrefOrderBy = "handle")
public record Fan(@Id @GeneratedValue Long id, String handle) {}
