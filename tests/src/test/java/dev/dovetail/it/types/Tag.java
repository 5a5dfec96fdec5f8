package dev.dovetail.it.types;

import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;

/** An entity whose only column is its generated id: an insert names no column at all. */
@Entity(table = "tag")
public record Tag(@Id @GeneratedValue Long id) {}
