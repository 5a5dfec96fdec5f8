package dev.dovetail.sample.microblog;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToMany;

/**
 * A user following other users through the self-referential {@code follows} table: the seed's
 * {@code followed = db.relationship('User', secondary=followers, primaryjoin=..., secondaryjoin=...,
 * backref=db.backref('followers', lazy='dynamic'), lazy='dynamic')}.
 */
@Entity(table = "users")
@ManyToMany(name = "followed", target = User.class, joinTable = "follows",
    joinColumn = "follower_id", inverseJoinColumn = "followed_id", backref = "followers")
public record User(
    @Id @GeneratedValue Long id,
    @Column(nullable = false, unique = true, length = 64) String username) {}
