package dev.dovetail.it.navigation;

import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;

/** An editor with addresses, SQLAlchemy's {@code User} with {@code addresses}. */
@Entity(table = "editors")
public record Editor(@Id @GeneratedValue Long id, String name) {}
