package dev.dovetail.runtime;

import dev.dovetail.dialect.Dialect;

/**
 * How one engine lexes the text of an SQL fragment: which quotes delimit literals and names, which escapes
 * hide a quote inside them, and which character sequences start a comment. {@link FragmentLexer} follows it so
 * that a fragment's parentheses, literals and comments are where the database will see them.
 */
enum FragmentSyntax {
  /** H2: {@code '...'}, {@code "..."} names, {@code $$...$$} strings, and {@code //} comments besides the others. */
  H2(false, false, false, true, false, false, true),
  /**
   * PostgreSQL: {@code '...'} (whose backslashes are escapes when {@code standard_conforming_strings} is off),
   * {@code E'...'} with backslash escapes, {@code $tag$...$tag$} strings, {@code "..."} names.
   */
  POSTGRESQL(true, false, false, true, false, false, false),
  /**
   * MariaDB and MySQL: {@code '...'} and {@code "..."} strings (whose backslashes are escapes unless
   * {@code NO_BACKSLASH_ESCAPES}; {@code "..."} is a name under {@code ANSI_QUOTES}), {@code `...`} names and
   * {@code #} comments.
   */
  MARIADB(true, true, true, false, true, false, false),
  /** SQLite: {@code '...'}, and names in {@code "..."}, {@code `...`} or {@code [...]}. */
  SQLITE(false, false, false, false, true, true, false),
  /**
   * A dialect this runtime does not know: every reading above at once, and whatever one of them would lex
   * differently is refused.
   */
  STRICT(true, true, true, false, true, false, false);

  /** Whether a backslash in {@code '...'} may be an escape, depending on the server's settings. */
  final boolean backslashMayEscape;
  /** Whether {@code "..."} is a string literal, with backslash escapes, rather than a name. */
  final boolean doubleQuotedStrings;
  /** Whether {@code #} starts a comment. */
  final boolean hashComments;
  /** Whether {@code $$...$$} (and on PostgreSQL {@code $tag$...$tag$}) is a string literal. */
  final boolean dollarQuotes;
  /** Whether {@code `...`} is a name. */
  final boolean backtickNames;
  /** Whether {@code [...]} is a name. */
  final boolean bracketNames;
  /** Whether only {@code $$} (H2), not {@code $tag$}, opens a dollar-quoted string. */
  final boolean untaggedDollarsOnly;

  FragmentSyntax(boolean backslashMayEscape, boolean doubleQuotedStrings, boolean hashComments, boolean dollarQuotes,
      boolean backtickNames, boolean bracketNames, boolean untaggedDollarsOnly) {
    this.backslashMayEscape = backslashMayEscape;
    this.doubleQuotedStrings = doubleQuotedStrings;
    this.hashComments = hashComments;
    this.dollarQuotes = dollarQuotes;
    this.backtickNames = backtickNames;
    this.bracketNames = bracketNames;
    this.untaggedDollarsOnly = untaggedDollarsOnly;
  }

  /** The syntax of {@code dialect}'s engine; {@link #STRICT} for a dialect not shipped with the runtime. */
  static FragmentSyntax of(Dialect dialect) {
    return switch (dialect.name()) {
      case "h2" -> H2;
      case "postgresql" -> POSTGRESQL;
      case "mariadb", "mysql" -> MARIADB;
      case "sqlite" -> SQLITE;
      default -> STRICT;
    };
  }

  /** Whether the engine orders with {@code NULLS FIRST}/{@code NULLS LAST} itself (MariaDB does not). */
  boolean nativeNullsOrdering() {
    return this == H2 || this == POSTGRESQL || this == SQLITE;
  }
}
