package dev.dovetail.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding named parameters in SQL, and mapping a position in the JDBC form back to the SQL as written. */
class NamedSqlTest {
  @Test
  void replacesNamesInOrderAndKeepsRepeats() {
    NamedSql sql = NamedSql.parse("SELECT * FROM t WHERE a = :me OR b = :other OR c = :me");
    assertEquals("SELECT * FROM t WHERE a = ? OR b = ? OR c = ?", sql.jdbc());
    assertEquals(List.of("me", "other", "me"), sql.names());
    assertNull(sql.problem());
  }

  @Test
  void skipsLiteralsQuotedNamesCommentsAndCasts() {
    String text = "SELECT ':a', \"b:c\", `d:e`, x::text /* :f */ FROM t -- :g\nWHERE y = :h AND z = 'it''s :i'";
    NamedSql sql = NamedSql.parse(text);
    assertEquals(List.of("h"), sql.names());
    assertEquals(text.replace(":h", "?"), sql.jdbc());
  }

  @Test
  void recordsWhatMakesItUnreadable() {
    assertEquals("a positional parameter ?", NamedSql.parse("SELECT * FROM t WHERE a = ?").problem());
    NamedSql open = NamedSql.parse("SELECT 'abc FROM t");
    assertEquals("a ' that is never closed", open.problem());
    assertEquals(7, open.problemOffset());
    assertEquals("a /* comment that is never closed", NamedSql.parse("SELECT 1 /* x").problem());
  }

  @Test
  void mapsJdbcOffsetsBackToTheText() {
    NamedSql sql = NamedSql.parse("WHERE a = :first AND b = :second ORDER x");
    String jdbc = sql.jdbc();
    assertEquals("WHERE a = ? AND b = ? ORDER x", jdbc);
    int order = jdbc.indexOf("ORDER");
    assertEquals(sql.text().indexOf("ORDER"), sql.textOffset(order));
    assertEquals(sql.text().indexOf(":second"), sql.textOffset(jdbc.lastIndexOf('?')));
    assertEquals(3, sql.textOffset(3));
    assertEquals("WHERE a = :first AND b = :second [*]ORDER x", sql.marked(sql.textOffset(order)));
  }
}
