package com.example.kinds;

import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToMany;

/** Users following users through an association entity, and befriending users through a plain join table. */
@SuppressWarnings("DV307") // reserved words on purpose: they must work, quoted
@Entity(table = "user")
@ManyToMany(name = "followed", target = User.class, through = Follow.class,
            joinColumn = "follower_id", inverseJoinColumn = "followed_id", backref = "followers")
@ManyToMany(name = "friends", target = User.class, joinTable = "friendships",
            joinColumn = "user_id", inverseJoinColumn = "friend_id", backref = "friendOf")
public record User(@Id @GeneratedValue Long id, String username) {}
