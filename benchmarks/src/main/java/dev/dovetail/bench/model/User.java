package dev.dovetail.bench.model;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToMany;

/**
 * A user following other users through {@code follows}.
 *
 * @param id the database-assigned id
 * @param username unique name
 */
@Entity(table = "users")
@ManyToMany(name = "followed", target = User.class, joinTable = "follows",
    joinColumn = "follower_id", inverseJoinColumn = "followed_id", backref = "followers")
public record User(
    @Id @GeneratedValue Long id, @Column(nullable = false, unique = true, length = 64) String username) {}
