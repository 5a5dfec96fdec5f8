package dev.dovetail.bench.model;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;

/**
 * A class students register in.
 *
 * @param id the database-assigned id
 * @param name the class's name
 */
@Entity(table = "classes")
public record Course(@Id @GeneratedValue Long id, @Column(nullable = false, length = 64) String name) {}
