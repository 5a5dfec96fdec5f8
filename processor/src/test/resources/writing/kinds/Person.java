package com.example.kinds;

import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToMany;

/** Two many-to-many relationships between the same two entities, through two tables, with default columns. */
@Entity(table = "people")
@ManyToMany(name = "projects", target = Project.class, joinTable = "memberships", backref = "members")
@ManyToMany(name = "watched", target = Project.class, joinTable = "watches", backref = "watchers")
public record Person(@Id @GeneratedValue Long id, String name) {}
