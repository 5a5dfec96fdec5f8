package dev.dovetail.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an SQL fragment with named parameters ({@code t.name like :prefix}) into JDBC's positional form,
 * remembering the order of the names. Skips string literals, quoted identifiers, comments and
 * PostgreSQL's {@code ::} casts.
 *
 * @param sql the fragment with each {@code :name} replaced by {@code ?}
 * @param names the parameter names, in the order of their {@code ?}
 */
record NamedParameters(String sql, List<String> names) {

  static NamedParameters parse(String fragment) {
    StringBuilder sql = new StringBuilder(fragment.length());
    List<String> names = new ArrayList<>();
    int i = 0;
    int n = fragment.length();
    while (i < n) {
      char c = fragment.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        int end = fragment.indexOf(c, i + 1);
        while (end >= 0 && end + 1 < n && fragment.charAt(end + 1) == c) {
          end = fragment.indexOf(c, end + 2);
        }
        if (end < 0) {
          throw new IllegalArgumentException("unterminated " + c + " in SQL fragment: " + fragment);
        }
        sql.append(fragment, i, end + 1);
        i = end + 1;
      } else if (c == '-' && i + 1 < n && fragment.charAt(i + 1) == '-') {
        throw new IllegalArgumentException("SQL comments are not allowed in a fragment: " + fragment);
      } else if (c == ':' && i + 1 < n && fragment.charAt(i + 1) == ':') {
        sql.append("::");
        i += 2;
      } else if (c == ':' && i + 1 < n && Character.isJavaIdentifierStart(fragment.charAt(i + 1))) {
        int end = i + 1;
        while (end < n && Character.isJavaIdentifierPart(fragment.charAt(end))) {
          end++;
        }
        names.add(fragment.substring(i + 1, end));
        sql.append('?');
        i = end;
      } else if (c == '?') {
        throw new IllegalArgumentException(
            "use named parameters (:name) rather than ? in an SQL fragment: " + fragment);
      } else if (c == ';') {
        throw new IllegalArgumentException("an SQL fragment is one condition; it may not contain ';': " + fragment);
      } else {
        sql.append(c);
        i++;
      }
    }
    return new NamedParameters(sql.toString(), List.copyOf(names));
  }
}
