package dev.dovetail.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Splits an SQL fragment into tokens the way its database will ({@link FragmentSyntax}), and refuses what could
 * reach outside the fragment: a parenthesis closed that the fragment did not open or left open, {@code ;},
 * comments, positional parameters, JDBC escapes, and any literal that the server could end at another place
 * than this lexer (a backslash before a quote where backslash escapes depend on the server's settings).
 * Outside literals and quoted names the text must be printable ASCII, so that no look-alike of a quote or a
 * parenthesis is read one way here and another way by a driver or server.
 *
 * <p>The fragment is then written inside parentheses of its own after the owner's condition: balanced, and
 * lexed as the server lexes it, it can only narrow the query.
 */
final class FragmentLexer {
  /** What a token is. */
  enum Kind { WORD, NAME, LITERAL, NUMBER, PARAMETER, OPEN, CLOSE, COMMA, DOT, SYMBOL }

  /**
   * A token.
   *
   * @param kind what it is
   * @param start where it starts in the fragment
   * @param end where it ends (exclusive)
   * @param value a word or number as written, a quoted name without its quotes, a parameter's name, or the text
   */
  record Token(Kind kind, int start, int end, String value) {}

  private final String text;
  private final FragmentSyntax syntax;
  private final List<Token> tokens = new ArrayList<>();
  private final Deque<Character> open = new ArrayDeque<>();
  private int i;

  private FragmentLexer(String text, FragmentSyntax syntax) {
    this.text = text;
    this.syntax = syntax;
  }

  /**
   * The tokens of {@code fragment}.
   *
   * @throws IllegalArgumentException saying what is refused and where, without naming the fragment
   */
  static List<Token> lex(String fragment, FragmentSyntax syntax) {
    FragmentLexer lexer = new FragmentLexer(fragment, syntax);
    lexer.run();
    return List.copyOf(lexer.tokens);
  }

  private void run() {
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      char next = i + 1 < n ? text.charAt(i + 1) : 0;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        i++;
      } else if (c < 0x20 || c >= 0x7f) {
        throw refuse(String.format(Locale.ROOT, "the character U+%04X at position %d is outside a quoted literal or "
            + "name; unquoted SQL must be printable ASCII, so that no look-alike of a quote, parenthesis or "
            + "semicolon is read differently by a driver or server", (int) c, i));
      } else if ((c == '-' && next == '-') || (c == '/' && (next == '*' || next == '/')) || (c == '*' && next == '/')
          || (c == '#' && syntax.hashComments)) {
        throw refuse("comments are not allowed (" + text.substring(i, i + (c == '#' ? 1 : 2)) + " at position "
            + i + ")");
      } else if (c == ';') {
        throw refuse("';' at position " + i + ": a fragment is one condition, never a further statement");
      } else if (c == '?') {
        throw refuse("a positional '?' at position " + i + "; use named parameters (:name)");
      } else if (c == '{' || c == '}') {
        throw refuse("JDBC escape braces ('" + c + "' at position " + i + ") are not allowed");
      } else if (c == '\\') {
        throw refuse("a backslash at position " + i + " outside a literal");
      } else if (c == '\'') {
        literal(syntax.backslashMayEscape ? Escapes.EITHER : Escapes.DOUBLED);
      } else if (c == '"') {
        if (syntax.doubleQuotedStrings) {
          literal(Escapes.EITHER);
        } else {
          name('"', '"');
        }
      } else if (c == '`') {
        if (!syntax.backtickNames) {
          throw refuse("a backtick at position " + i + ": this database quotes names with \"...\"");
        }
        name('`', '`');
      } else if (c == '[' && syntax.bracketNames) {
        name('[', ']');
      } else if (c == '$') {
        dollar(next);
      } else if (c == '@' && syntax == FragmentSyntax.SQLITE) {
        throw refuse("'@' at position " + i + " starts a parameter on SQLite; use named parameters (:name)");
      } else if (c == ':' && next == ':') {
        add(Kind.SYMBOL, i, i + 2, "::");
      } else if (c == ':' && isWordStart(next)) {
        int end = wordEnd(i + 1);
        add(Kind.PARAMETER, i, end, text.substring(i + 1, end));
      } else if (isWordStart(c)) {
        word();
      } else if (c >= '0' && c <= '9') {
        int end = wordEnd(i);
        add(Kind.NUMBER, i, end, text.substring(i, end));
      } else if (c == '(' || c == '[') {
        open.push(c);
        add(Kind.OPEN, i, i + 1, String.valueOf(c));
      } else if (c == ')' || c == ']') {
        char expected = c == ')' ? '(' : '[';
        if (open.isEmpty() || open.peek() != expected) {
          throw refuse("'" + c + "' at position " + i + " closes a parenthesis the fragment did not open; a "
              + "fragment stays within its own parentheses");
        }
        open.pop();
        add(Kind.CLOSE, i, i + 1, String.valueOf(c));
      } else {
        add(c == ',' ? Kind.COMMA : c == '.' ? Kind.DOT : Kind.SYMBOL, i, i + 1, String.valueOf(c));
      }
    }
    if (!open.isEmpty()) {
      throw refuse(open.size() + " parenthesis(es) left open; a fragment closes every parenthesis it opens");
    }
  }

  private static boolean isWordStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private int wordEnd(int from) {
    int end = from;
    while (end < text.length()) {
      char c = text.charAt(end);
      if (!(isWordStart(c) || (c >= '0' && c <= '9') || c == '$')) {
        break;
      }
      end++;
    }
    return end;
  }

  private void word() {
    int end = wordEnd(i);
    String word = text.substring(i, end);
    if (syntax == FragmentSyntax.POSTGRESQL && end < text.length() && text.charAt(end) == '\''
        && word.equalsIgnoreCase("e")) {
      i = end;
      literal(Escapes.BACKSLASH); // E'...': backslashes escape whatever the server's settings
      return;
    }
    add(Kind.WORD, i, end, word);
  }

  /** How quotes inside a literal are escaped. */
  private enum Escapes { DOUBLED, BACKSLASH, EITHER }

  private void literal(Escapes escapes) {
    char quote = text.charAt(i);
    int end = escapes == Escapes.BACKSLASH ? literalEnd(quote, true) : literalEnd(quote, false);
    if (escapes == Escapes.EITHER && literalEnd(quote, true) != end) {
      throw refuse("the literal at position " + i + " ends at another place when the server reads backslashes as "
          + "escapes (MariaDB without NO_BACKSLASH_ESCAPES, PostgreSQL with standard_conforming_strings off) "
          + "than when it does not; pass the value as a :name parameter");
    }
    if (end < 0) {
      throw refuse("the literal opened at position " + i + " is not closed");
    }
    add(Kind.LITERAL, i, end, text.substring(i, end));
  }

  /** The index after the closing quote, or -1. */
  private int literalEnd(char quote, boolean backslashes) {
    int j = i + 1;
    while (j < text.length()) {
      char c = text.charAt(j);
      if (backslashes && c == '\\') {
        j += 2;
      } else if (c == quote) {
        if (j + 1 < text.length() && text.charAt(j + 1) == quote) {
          j += 2;
        } else {
          return j + 1;
        }
      } else {
        j++;
      }
    }
    return -1;
  }

  private void name(char opening, char closing) {
    int j = i + 1;
    StringBuilder value = new StringBuilder();
    while (true) {
      if (j >= text.length()) {
        throw refuse("the quoted name opened at position " + i + " is not closed");
      }
      char c = text.charAt(j);
      if (c == closing) {
        if (opening == closing && j + 1 < text.length() && text.charAt(j + 1) == closing) {
          value.append(c);
          j += 2;
          continue;
        }
        break;
      }
      value.append(c);
      j++;
    }
    add(Kind.NAME, i, j + 1, value.toString());
  }

  private void dollar(char next) {
    if (!syntax.dollarQuotes) {
      if (syntax == FragmentSyntax.MARIADB) {
        add(Kind.WORD, i, wordEnd(i), text.substring(i, wordEnd(i))); // '$' may start a MariaDB name
        return;
      }
      throw refuse("'$' at position " + i + (syntax == FragmentSyntax.SQLITE
          ? " starts a parameter on SQLite; use named parameters (:name)" : " is not allowed here"));
    }
    if (next >= '0' && next <= '9') {
      throw refuse("a positional parameter $" + next + " at position " + i + "; use named parameters (:name)");
    }
    int tagEnd = i + 1;
    if (!syntax.untaggedDollarsOnly) {
      while (tagEnd < text.length() && (isWordStart(text.charAt(tagEnd))
          || (tagEnd > i + 1 && Character.isDigit(text.charAt(tagEnd))))) {
        tagEnd++;
      }
    }
    if (tagEnd >= text.length() || text.charAt(tagEnd) != '$') {
      throw refuse("'$' at position " + i + " opens no dollar-quoted string ($$...$$"
          + (syntax.untaggedDollarsOnly ? "" : " or $tag$...$tag$") + ")");
    }
    String tag = text.substring(i, tagEnd + 1);
    int close = text.indexOf(tag, tagEnd + 1);
    if (close < 0) {
      throw refuse("the string opened by " + tag + " at position " + i + " is not closed");
    }
    add(Kind.LITERAL, i, close + tag.length(), text.substring(i, close + tag.length()));
  }

  private void add(Kind kind, int start, int end, String value) {
    tokens.add(new Token(kind, start, end, value));
    i = end;
  }

  private static IllegalArgumentException refuse(String why) {
    return new IllegalArgumentException(why);
  }
}
