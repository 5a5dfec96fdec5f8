package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.runtime.FragmentLexer.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each engine's reading of literals, quoted names and comments, as {@link FragmentLexer} follows it. */
class FragmentLexerTest {
  private static List<Kind> kinds(String fragment, FragmentSyntax syntax) {
    return FragmentLexer.lex(fragment, syntax).stream().map(FragmentLexer.Token::kind).toList();
  }

  private static void refused(String fragment, FragmentSyntax syntax, String word) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FragmentLexer.lex(fragment, syntax), () -> syntax + " accepted " + fragment);
    assertTrue(e.getMessage().contains(word), () -> "\"" + word + "\" not in: " + e.getMessage());
  }

  @Test
  void backslashesReadTheSameUnderEverySettingOrAreRefused() {
    assertEquals(List.of(Kind.LITERAL), kinds("'a\\'", FragmentSyntax.H2));
    assertEquals(List.of(Kind.LITERAL), kinds("'a\\'", FragmentSyntax.SQLITE));
    refused("'a\\'", FragmentSyntax.POSTGRESQL, "backslashes");
    refused("'a\\'", FragmentSyntax.MARIADB, "NO_BACKSLASH_ESCAPES");
    refused("\"a\\\"\"", FragmentSyntax.MARIADB, "backslashes");
    refused("'a\\'", FragmentSyntax.STRICT, "backslashes");
    assertEquals(List.of(Kind.LITERAL), kinds("'a\\\\b'", FragmentSyntax.MARIADB));
    assertEquals(List.of(Kind.LITERAL), kinds("'a\\_b'", FragmentSyntax.POSTGRESQL));
    assertEquals(List.of(Kind.LITERAL), kinds("E'a\\'b'", FragmentSyntax.POSTGRESQL));
    assertEquals(List.of(Kind.WORD, Kind.LITERAL), kinds("E'a'", FragmentSyntax.MARIADB));
  }

  @Test
  void eachEnginesQuotesAndComments() {
    assertEquals(List.of(Kind.LITERAL), kinds("$$a)b$$", FragmentSyntax.H2));
    assertEquals(List.of(Kind.LITERAL), kinds("$q$ ' $$ ) $q$", FragmentSyntax.POSTGRESQL));
    refused("$q$x$q$", FragmentSyntax.H2, "dollar");
    refused("$$x$$", FragmentSyntax.SQLITE, "parameter");
    refused("$1", FragmentSyntax.POSTGRESQL, "positional");
    assertEquals(List.of(Kind.WORD), kinds("$$x", FragmentSyntax.MARIADB));
    refused("t.a # x", FragmentSyntax.MARIADB, "comment");
    assertEquals(List.of(Kind.WORD, Kind.DOT, Kind.WORD, Kind.SYMBOL, Kind.WORD),
        kinds("t.a # x", FragmentSyntax.POSTGRESQL));
    refused("t.a // x", FragmentSyntax.H2, "comment");
    refused("t.a /* x", FragmentSyntax.SQLITE, "comment");
    refused("t.a -- x", FragmentSyntax.POSTGRESQL, "comment");
    assertEquals(List.of(Kind.NAME), kinds("[a)]", FragmentSyntax.SQLITE));
    refused("[a)]", FragmentSyntax.POSTGRESQL, "did not open");
    assertEquals(List.of(Kind.NAME), kinds("`a``)`", FragmentSyntax.MARIADB));
    refused("`a`", FragmentSyntax.POSTGRESQL, "backtick");
    assertEquals(List.of(Kind.NAME), kinds("\"a\"\")\"", FragmentSyntax.POSTGRESQL));
    assertEquals(List.of(Kind.LITERAL), kinds("\"a)\"", FragmentSyntax.MARIADB));
  }

  @Test
  void parenthesesStayWithinTheFragment() {
    refused("a) OR (b", FragmentSyntax.H2, "did not open");
    refused("(a", FragmentSyntax.H2, "left open");
    refused("(a]", FragmentSyntax.POSTGRESQL, "did not open");
    assertEquals(5, kinds("((a))", FragmentSyntax.H2).size());
  }

  @Test
  void namedParametersSkipLiteralsNamesAndCasts() {
    NamedParameters p = NamedParameters.parse("t.a = :x AND t.b::text = ':y' AND \"c:z\" = :w",
        FragmentSyntax.POSTGRESQL);
    assertEquals("t.a = ? AND t.b::text = ':y' AND \"c:z\" = ?", p.sql());
    assertEquals(List.of("x", "w"), p.names());
    assertThrows(IllegalArgumentException.class, () -> NamedParameters.parse(" ", FragmentSyntax.H2));
  }
}
