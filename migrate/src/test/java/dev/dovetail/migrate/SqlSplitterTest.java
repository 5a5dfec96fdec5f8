package dev.dovetail.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {

  @Test
  void splitsAtSemicolonsOutsideQuotesAndComments() {
    String script = """
        -- a comment; with a semicolon
        CREATE TABLE t (a VARCHAR(10) DEFAULT 'x;y', "b;c" INTEGER);
        /* block; comment /* nested; */ still comment; */
        INSERT INTO t VALUES ('it''s; fine', 1); -- trailing; comment
        UPDATE t SET a = $$dollar; quoted$$ WHERE a = $tag$x;$tag$;
        SELECT $1;
        """;
    assertEquals(List.of(
        "CREATE TABLE t (a VARCHAR(10) DEFAULT 'x;y', \"b;c\" INTEGER)",
        "INSERT INTO t VALUES ('it''s; fine', 1)",
        "UPDATE t SET a = $$dollar; quoted$$ WHERE a = $tag$x;$tag$",
        "SELECT $1"), SqlSplitter.split(script));
  }

  @Test
  void aPartOfOnlyCommentsIsNoStatement() {
    assertEquals(List.of(), SqlSplitter.split("-- nothing; here\n/* nor; here */\n;\n  ;"));
    assertEquals(List.of("SELECT 1"), SqlSplitter.split("SELECT 1"));
  }

  @Test
  void keepsCommentsInsideAStatement() {
    assertEquals(List.of("SELECT 1 -- one;\n  + 2"), SqlSplitter.split("SELECT 1 -- one;\n  + 2;"));
  }
}
