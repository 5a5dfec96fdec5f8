package com.example.kinds;

import dev.dovetail.Entity;
import dev.dovetail.Id;

/** A class mapped through public fields, with a String id. */
@Entity(table = "tags")
public class Tag {
  @Id public final String name;
  public final int weight;
  /** Not mapped: static. */
  public static final int MAX = 10;

  /** Builds a tag. */
  public Tag(String name, int weight) {
    this.name = name;
    this.weight = weight;
  }
}
