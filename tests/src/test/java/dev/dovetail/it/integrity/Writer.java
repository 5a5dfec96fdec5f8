package dev.dovetail.it.integrity;

import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;

/** Referred to by two tables, and twice by one of them. */
@Entity(table = "writers")
public record Writer(@Id @GeneratedValue Long id, String name) {}
