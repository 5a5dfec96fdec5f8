package dev.dovetail.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A declared statement's SQL with its named parameters ({@code :userId}) found and replaced by JDBC's
 * {@code ?}, their names kept in order. String literals, quoted identifiers, comments and PostgreSQL's
 * {@code ::} casts are skipped. A positional {@code ?}, or a literal or comment that never ends, is recorded
 * as a {@link #problem()} rather than thrown: judging it is the validators' work.
 *
 * @param text the SQL as written
 * @param jdbc the SQL with each {@code :name} replaced by {@code ?}
 * @param names the parameter names, in the order of their {@code ?}; a name used twice appears twice
 * @param offsets the offset in {@code text} of each name's {@code :}
 * @param problem what makes the SQL unreadable, or null
 * @param problemOffset where in {@code text} the problem is, or -1
 */
public record NamedSql(String text, String jdbc, List<String> names, List<Integer> offsets, String problem,
    int problemOffset) {

  /** Copies the lists. */
  public NamedSql {
    names = List.copyOf(names);
    offsets = List.copyOf(offsets);
  }

  /** Parses {@code text}. */
  public static NamedSql parse(String text) {
    StringBuilder jdbc = new StringBuilder(text.length());
    List<String> names = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      int end;
      if (c == '\'' || c == '"' || c == '`') {
        end = closing(text, i, c);
        if (end < 0) {
          return failed(text, jdbc, names, offsets, "a " + c + " that is never closed", i);
        }
      } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
        end = text.indexOf('\n', i);
        end = end < 0 ? n - 1 : end;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        end = text.indexOf("*/", i + 2);
        if (end < 0) {
          return failed(text, jdbc, names, offsets, "a /* comment that is never closed", i);
        }
        end++;
      } else if (c == ':' && i + 1 < n && text.charAt(i + 1) == ':') {
        end = i + 1;
      } else if (c == ':' && i + 1 < n && Character.isJavaIdentifierStart(text.charAt(i + 1))) {
        int stop = i + 1;
        while (stop < n && Character.isJavaIdentifierPart(text.charAt(stop))) {
          stop++;
        }
        names.add(text.substring(i + 1, stop));
        offsets.add(i);
        jdbc.append('?');
        i = stop;
        continue;
      } else if (c == '?') {
        return failed(text, jdbc, names, offsets, "a positional parameter ?", i);
      } else {
        end = i;
      }
      jdbc.append(text, i, end + 1);
      i = end + 1;
    }
    return new NamedSql(text, jdbc.toString(), names, offsets, null, -1);
  }

  /** The offset of the quote closing the literal opened at {@code start}; a doubled quote is part of it. */
  private static int closing(String text, int start, char quote) {
    int end = text.indexOf(quote, start + 1);
    while (end >= 0 && end + 1 < text.length() && text.charAt(end + 1) == quote) {
      end = text.indexOf(quote, end + 2);
    }
    return end;
  }

  private static NamedSql failed(String text, StringBuilder jdbc, List<String> names, List<Integer> offsets,
      String problem, int at) {
    return new NamedSql(text, jdbc.append(text, at, text.length()).toString(), names, offsets, problem, at);
  }

  /** The offset in {@link #text()} of offset {@code jdbcOffset} of {@link #jdbc()}. */
  public int textOffset(int jdbcOffset) {
    int shift = 0;
    for (int k = 0; k < offsets.size(); k++) {
      int at = offsets.get(k) - shift;
      if (at >= jdbcOffset) {
        break;
      }
      shift += names.get(k).length();
    }
    return jdbcOffset + shift;
  }

  /** The SQL as written, with {@code [*]} at {@code offset}: how messages point at a part of it. */
  public String marked(int offset) {
    int at = Math.max(0, Math.min(offset, text.length()));
    return text.substring(0, at) + "[*]" + text.substring(at);
  }
}
