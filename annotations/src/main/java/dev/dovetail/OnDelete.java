package dev.dovetail;

/** What the database does to referencing rows when the referenced row is deleted. */
public enum OnDelete {
  /** Refuse the delete while rows refer to it (the SQL default). */
  RESTRICT,
  /** Delete the referencing rows with it. */
  CASCADE,
  /** Set the referencing column to {@code NULL}; the column must be nullable. */
  SET_NULL
}
