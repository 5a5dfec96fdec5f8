package com.example.kinds;

import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToOne;
import java.time.Instant;

/** A many-to-one with a backref. */
@Entity(table = "posts")
public record Post(@Id @GeneratedValue Long id, String body, Instant timestamp,
                   @ManyToOne(target = User.class, backref = "posts") Long authorId) {}
