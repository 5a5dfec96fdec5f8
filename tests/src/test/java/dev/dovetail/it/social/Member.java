package dev.dovetail.it.social;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToMany;

/**
 * A member of a social network, in the table {@code user} (a reserved word): follows other members through
 * the plain join table {@code follows}, and subscribes to members through the association entity
 * {@link Subscription}, whose rows carry a timestamp of their own.
 */
@Entity(table = "user")
@ManyToMany(name = "followed", target = Member.class, joinTable = "follows",
    joinColumn = "follower_id", inverseJoinColumn = "followed_id", backref = "followers")
@ManyToMany(name = "subscribedTo", target = Member.class, through = Subscription.class,
    joinColumn = "subscriber_id", inverseJoinColumn = "publisher_id", backref = "subscribers")
public record Member(
    @Id @GeneratedValue Long id,
    @Column(nullable = false, unique = true, length = 64) String username,
    @Column(name = "group") String group) {}
