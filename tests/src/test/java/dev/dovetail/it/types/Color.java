package dev.dovetail.it.types;

/** Stored by name. */
public enum Color {
  RED,
  GREEN,
  BLUE
}
