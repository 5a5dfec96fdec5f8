package dev.dovetail.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an SQL fragment with named parameters ({@code t.name like :prefix}) into JDBC's positional form,
 * remembering the order of the names. The fragment is lexed as its database lexes it ({@link FragmentLexer}),
 * so a {@code :name} inside a literal or a quoted name stays text, and PostgreSQL's {@code ::} casts are kept.
 *
 * @param sql the fragment with each {@code :name} replaced by {@code ?}
 * @param names the parameter names, in the order of their {@code ?}
 */
record NamedParameters(String sql, List<String> names) {

  /**
   * Parses {@code fragment}.
   *
   * @throws IllegalArgumentException if {@link FragmentLexer} refuses it
   */
  static NamedParameters parse(String fragment, FragmentSyntax syntax) {
    if (fragment.isBlank()) {
      throw new IllegalArgumentException("the condition is empty");
    }
    StringBuilder sql = new StringBuilder(fragment.length());
    List<String> names = new ArrayList<>();
    int copied = 0;
    for (FragmentLexer.Token token : FragmentLexer.lex(fragment, syntax)) {
      if (token.kind() == FragmentLexer.Kind.PARAMETER) {
        sql.append(fragment, copied, token.start()).append('?');
        names.add(token.value());
        copied = token.end();
      }
    }
    sql.append(fragment, copied, fragment.length());
    return new NamedParameters(sql.toString(), List.copyOf(names));
  }
}
