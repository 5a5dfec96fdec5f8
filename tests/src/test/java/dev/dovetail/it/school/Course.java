package dev.dovetail.it.school;

import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;

/** A class. */
@Entity(table = "classes")
public record Course(@Id @GeneratedValue Long id, String name) {}
