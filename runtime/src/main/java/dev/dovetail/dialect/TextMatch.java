package dev.dovetail.dialect;

/**
 * How a literal text is looked for in a text column, by {@link Dialect#textMatch}: inside it, at its start or at
 * its end. The text is compared character for character, case-sensitively, never read as a LIKE pattern: a
 * pattern of user text needs escaping, and both SQLite and MariaDB slow down (or fail) on a long one.
 */
public enum TextMatch {
  /** The text occurs anywhere in the column's value. */
  CONTAINS,
  /** The column's value begins with the text. */
  STARTS_WITH,
  /** The column's value ends with the text. */
  ENDS_WITH
}
