package dev.dovetail.sample.microblog;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToOne;
import dev.dovetail.OnDelete;
import java.time.Instant;

/** A post by a user; {@code UserDao.posts(user)} is the seed's {@code posts = db.relationship('Post', backref='author')}. */
@Entity(table = "posts")
public record Post(
    @Id @GeneratedValue Long id,
    @Column(nullable = false, length = 140) String body,
    @Column(nullable = false, index = true) Instant timestamp,
    @ManyToOne(target = User.class, backref = "posts", onDelete = OnDelete.CASCADE) @Column(nullable = false)
        Long authorId) {}
