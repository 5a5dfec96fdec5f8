package dev.dovetail.migrate;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an SQL script into statements at the {@code ;} that end them, and not at one inside a string
 * ({@code '...'} with {@code ''} escapes), a quoted identifier ({@code "..."}), a line comment
 * ({@code -- ...}), a block comment ({@code /* ... *}{@code /}, nested as PostgreSQL allows) or a
 * dollar-quoted body ({@code $$ ... $$}, {@code $tag$ ... $tag$}). Comments before a statement are left out
 * of it; a part holding only comments is no statement.
 */
public final class SqlSplitter {
  private SqlSplitter() {}

  /** The statements of {@code script}, trimmed, without the {@code ;} that ends them. */
  public static List<String> split(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean hasCode = false;
    int i = 0;
    int n = script.length();
    while (i < n) {
      char c = script.charAt(i);
      int end;
      if (c == '\'' || c == '"') {
        end = closingQuote(script, i, c);
      } else if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
        end = script.indexOf('\n', i);
        end = end < 0 ? n : end;
        if (!hasCode) {
          i = end;
          continue;
        }
      } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
        end = closingComment(script, i);
        if (!hasCode) {
          i = end;
          continue;
        }
      } else if (c == '$' && dollarTag(script, i) != null) {
        String tag = dollarTag(script, i);
        int close = script.indexOf(tag, i + tag.length());
        end = close < 0 ? n : close + tag.length();
      } else if (c == ';') {
        add(statements, current);
        current.setLength(0);
        hasCode = false;
        i++;
        continue;
      } else {
        end = i + 1;
        if (!Character.isWhitespace(c)) {
          hasCode = true;
        } else if (!hasCode) {
          i = end;
          continue;
        }
      }
      hasCode = true;
      current.append(script, i, end);
      i = end;
    }
    add(statements, current);
    return statements;
  }

  private static void add(List<String> statements, StringBuilder current) {
    String statement = current.toString().strip();
    if (!statement.isEmpty()) {
      statements.add(statement);
    }
  }

  /** The index after the quote closing the one at {@code start}; a doubled quote is an escaped one. */
  private static int closingQuote(String s, int start, char quote) {
    int i = start + 1;
    while (i < s.length()) {
      if (s.charAt(i) == quote) {
        if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return s.length();
  }

  private static int closingComment(String s, int start) {
    int depth = 0;
    int i = start;
    while (i < s.length()) {
      if (s.startsWith("/*", i)) {
        depth++;
        i += 2;
      } else if (s.startsWith("*/", i)) {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return s.length();
  }

  /** The dollar-quote tag ({@code $$}, {@code $body$}) starting at {@code start}, or null if none does. */
  private static String dollarTag(String s, int start) {
    if (start > 0 && (Character.isLetterOrDigit(s.charAt(start - 1)) || s.charAt(start - 1) == '_')) {
      return null; // part of an identifier such as a$b, or a parameter $1 after a name
    }
    int i = start + 1;
    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
      if (i == start + 1 && Character.isDigit(s.charAt(i))) {
        return null; // $1 is a positional parameter
      }
      i++;
    }
    return i < s.length() && s.charAt(i) == '$' ? s.substring(start, i + 1) : null;
  }
}
