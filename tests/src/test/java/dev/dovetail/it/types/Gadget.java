package dev.dovetail.it.types;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;

/** A class rather than a record: getters, a public field and a constructor taking every field in order. */
@Entity(table = "gadgets")
public final class Gadget {
  @Id @GeneratedValue private final Integer id;
  @Column(nullable = false) private final String name;
  public final boolean active;

  /** Every field, in declaration order. */
  public Gadget(Integer id, String name, boolean active) {
    this.id = id;
    this.name = name;
    this.active = active;
  }

  public Integer getId() {
    return id;
  }

  public String getName() {
    return name;
  }
}
