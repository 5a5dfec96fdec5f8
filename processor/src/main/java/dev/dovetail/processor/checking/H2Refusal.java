package dev.dovetail.processor.checking;

import dev.dovetail.processor.model.NamedSql;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.api.ErrorCode;

/**
 * What H2's refusal to prepare a statement says, reshaped for a compile error: its kind, its message without
 * the SQL it repeats, and the SQL as written by the user (named parameters, not {@code ?}) with {@code [*]}
 * where the fault is. H2 marks the position of a syntax error itself; an unknown table or column is found in
 * the SQL by the name H2 quotes.
 *
 * @param kind what was wrong
 * @param message the database's message, first line only
 * @param marked the user's SQL with {@code [*]} at the fault, or the SQL unmarked when it cannot be placed
 */
record H2Refusal(Kind kind, String message, String marked) {
  private static final String SYNTAX_PREFIX = "Syntax error in SQL statement \"";
  private static final Pattern QUOTED_NAME = Pattern.compile("^(?:Table|Column) \"([^\"]+)\"");

  /** What was wrong. */
  enum Kind {
    UNKNOWN_TABLE,
    UNKNOWN_COLUMN,
    SYNTAX,
    OTHER
  }

  /** The refusal {@code e} of {@code sql}. Error codes are compile-time constants, inlined by javac. */
  static H2Refusal of(SQLException e, NamedSql sql) {
    String full = String.valueOf(e.getMessage());
    int statement = full.indexOf("; SQL statement:");
    String message = (statement < 0 ? full : full.substring(0, statement)).replaceAll(" \\[\\d+-\\d+]$", "");
    Kind kind = switch (e.getErrorCode()) {
      case ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1, ErrorCode.TABLE_OR_VIEW_NOT_FOUND_WITH_CANDIDATES_2,
          ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1 -> Kind.UNKNOWN_TABLE;
      case ErrorCode.COLUMN_NOT_FOUND_1 -> Kind.UNKNOWN_COLUMN;
      case ErrorCode.SYNTAX_ERROR_1, ErrorCode.SYNTAX_ERROR_2 -> Kind.SYNTAX;
      default -> Kind.OTHER;
    };
    if (kind == Kind.SYNTAX && message.startsWith(SYNTAX_PREFIX)) {
      int marker = message.indexOf("[*]");
      int end = SYNTAX_PREFIX.length() + sql.jdbc().length() + 3;
      if (marker >= 0 && end < message.length() && message.charAt(end) == '"') {
        String rest = message.substring(end + 1);
        return new H2Refusal(kind, "Syntax error" + rest,
            sql.marked(sql.textOffset(marker - SYNTAX_PREFIX.length())));
      }
    }
    Matcher name = QUOTED_NAME.matcher(message);
    if (name.find()) {
      int at = find(sql.text(), name.group(1));
      if (at >= 0) {
        return new H2Refusal(kind, message, sql.marked(at));
      }
    }
    return new H2Refusal(kind, message, sql.text());
  }

  /**
   * Where {@code name} ({@code P.BODYX}, as H2 reports it) is written in {@code text} as a whole word, ignoring
   * case; else its last part ({@code BODYX}); -1 when neither is.
   */
  static int find(String text, String name) {
    int at = word(text, name);
    return at >= 0 || name.indexOf('.') < 0 ? at : word(text, name.substring(name.lastIndexOf('.') + 1));
  }

  private static int word(String text, String name) {
    String lower = text.toLowerCase(Locale.ROOT);
    String wanted = name.toLowerCase(Locale.ROOT);
    for (int at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
      boolean startsWord = at == 0 || !Character.isJavaIdentifierPart(lower.charAt(at - 1));
      int end = at + wanted.length();
      boolean endsWord = end == lower.length() || !Character.isJavaIdentifierPart(lower.charAt(end));
      if (startsWord && endsWord) {
        return at;
      }
    }
    return -1;
  }
}
