package dev.dovetail.it.defaults;

/** Stored by name. */
public enum Stage {
  DRAFT,
  PUBLISHED
}
