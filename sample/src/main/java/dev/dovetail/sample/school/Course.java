package dev.dovetail.sample.school;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;

/** A class students register in; its students are the backref of {@link Student}'s {@code classes}. */
@Entity(table = "classes")
public record Course(@Id @GeneratedValue Long id, @Column(nullable = false, length = 64) String name) {}
