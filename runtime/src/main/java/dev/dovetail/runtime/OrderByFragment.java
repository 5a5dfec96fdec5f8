package dev.dovetail.runtime;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.runtime.FragmentLexer.Kind;
import dev.dovetail.runtime.FragmentLexer.Token;
import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The keys of {@code orderBy(String)}: column references with a direction and a null ordering, nothing else
 * ({@code t.name}, {@code name DESC}, {@code t.created_at ASC NULLS LAST}, comma-separated). An expression
 * in an {@code ORDER BY} can read any table one row at a time (a {@code CASE WHEN (SELECT ...)} orders the
 * rows by a secret), so none is accepted; the names are written again, quoted by the dialect.
 */
final class OrderByFragment {
  /** What {@code orderBy(String)} accepts, for messages. */
  static final String ACCEPTED = "orderBy(String) takes column references with an optional direction and null "
      + "ordering, comma-separated (t.name, name DESC, t.created_at ASC NULLS LAST); for anything else use the "
      + "typed orderings of the metamodel (orderBy(Post_.TIMESTAMP.desc()))";

  private final List<Token> tokens;
  private final TableDef target;
  private final String linkTable;
  private final Dialect dialect;
  private final FragmentSyntax syntax;
  private int next;

  private OrderByFragment(List<Token> tokens, TableDef target, String linkTable, Dialect dialect) {
    this.tokens = tokens;
    this.target = target;
    this.linkTable = linkTable;
    this.dialect = dialect;
    this.syntax = FragmentSyntax.of(dialect);
  }

  /**
   * The {@code ORDER BY} keys of {@code fragment}, written for {@code dialect}.
   *
   * @param target the table aliased {@value RelationQuery#TARGET}, whose columns the names are checked against
   * @param linkTable the table aliased {@value RelationQuery#LINK}, whose columns the runtime does not know, or null
   * @throws IllegalArgumentException saying what is wrong, without naming the fragment
   */
  static List<String> keys(String fragment, TableDef target, String linkTable, Dialect dialect) {
    List<Token> tokens = FragmentLexer.lex(fragment, FragmentSyntax.of(dialect));
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("it names no column");
    }
    return new OrderByFragment(tokens, target, linkTable, dialect).items();
  }

  private List<String> items() {
    List<String> keys = new ArrayList<>();
    while (true) {
      item(keys);
      if (next == tokens.size()) {
        return keys;
      }
      expect(Kind.COMMA, "',' or the end");
    }
  }

  private void item(List<String> keys) {
    String column = reference();
    String direction = "";
    if (isWord("ASC") || isWord("DESC")) {
      direction = " " + tokens.get(next++).value().toUpperCase(Locale.ROOT);
    }
    if (isWord("NULLS")) {
      next++;
      if (!isWord("FIRST") && !isWord("LAST")) {
        throw unexpected("FIRST or LAST after NULLS");
      }
      boolean last = tokens.get(next++).value().equalsIgnoreCase("LAST");
      if (syntax.nativeNullsOrdering()) {
        keys.add(column + direction + (last ? " NULLS LAST" : " NULLS FIRST"));
      } else {
        // MariaDB has no NULLS FIRST/LAST: a leading key that sorts the NULLs to the end asked for.
        keys.add("CASE WHEN " + column + " IS NULL THEN " + (last ? "1" : "0") + " ELSE " + (last ? "0" : "1")
            + " END");
        keys.add(column + direction);
      }
      return;
    }
    keys.add(column + direction);
  }

  /** {@code name} or {@code alias.name}, written again with the alias and the dialect's quoting. */
  private String reference() {
    Token first = identifier("a column");
    if (next < tokens.size() && tokens.get(next).kind() == Kind.DOT) {
      next++;
      Token second = identifier("a column after '" + first.value() + ".'");
      String alias = first.value();
      if (first.kind() == Kind.WORD && alias.equalsIgnoreCase(RelationQuery.TARGET)) {
        return RelationQuery.TARGET + "." + targetColumn(second, true);
      }
      if (first.kind() == Kind.WORD && alias.equalsIgnoreCase(RelationQuery.LINK) && linkTable != null) {
        return RelationQuery.LINK + "." + quoted(second);
      }
      throw new IllegalArgumentException("'" + alias + "' is not a table of this query: write "
          + RelationQuery.TARGET + "." + second.value() + " for a column of " + target.name()
          + (linkTable == null ? ""
              : ", or " + RelationQuery.LINK + "." + second.value() + " for one of " + linkTable));
    }
    String column = targetColumn(first, linkTable == null);
    return column == null ? quoted(first) : RelationQuery.TARGET + "." + column;
  }

  /** The quoted name of the target's column {@code name}; null, or refused if {@code required}, when none. */
  private String targetColumn(Token name, boolean required) {
    for (ColumnDef column : target.columns()) {
      if (column.name().equalsIgnoreCase(name.value())) {
        return dialect.quote(column.name());
      }
    }
    if (!required) {
      return null; // perhaps a column of the association table, which the runtime does not know
    }
    List<String> names = target.columns().stream().map(ColumnDef::name).toList();
    throw new IllegalArgumentException("'" + name.value() + "' is not a column of " + target.name() + " (columns: "
        + String.join(", ", names) + ")");
  }

  private String quoted(Token name) {
    return name.kind() == Kind.WORD ? name.value() : dialect.quote(name.value());
  }

  private Token identifier(String what) {
    if (next < tokens.size()) {
      Token t = tokens.get(next);
      boolean keyword = t.kind() == Kind.WORD && (isWord("ASC") || isWord("DESC") || isWord("NULLS"));
      if ((t.kind() == Kind.WORD || t.kind() == Kind.NAME) && !keyword && !t.value().contains("$")) {
        next++;
        return t;
      }
    }
    throw unexpected(what);
  }

  private boolean isWord(String word) {
    return next < tokens.size() && tokens.get(next).kind() == Kind.WORD
        && tokens.get(next).value().equalsIgnoreCase(word);
  }

  private void expect(Kind kind, String what) {
    if (next >= tokens.size() || tokens.get(next).kind() != kind) {
      throw unexpected(what);
    }
    next++;
  }

  private IllegalArgumentException unexpected(String what) {
    return new IllegalArgumentException(next < tokens.size()
        ? "expected " + what + " at position " + tokens.get(next).start() + ", found '" + tokens.get(next).value() + "'"
        : "expected " + what + " at the end");
  }
}
