package dev.dovetail.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
  private final Redactor redactor = Redactor.of(Arrays.asList("tiger", null, "", "tiger2"));

  @Test
  void theConfiguredPasswordIsBlankedOutWherever() {
    assertEquals("login failed for scott/***** at host", redactor.redact("login failed for scott/tiger at host"));
    assertEquals("*****, *****", redactor.redact("tiger2, tiger"));
  }

  @Test
  void passwordsInUrlsAreBlankedOutEvenWhenNotConfigured() {
    Redactor none = Redactor.of(List.of());
    assertEquals("jdbc:postgresql://h:5432/db?user=a&password=*****&ssl=true",
        none.redact("jdbc:postgresql://h:5432/db?user=a&password=x&ssl=true"));
    assertEquals("jdbc:mariadb://h/db?PASSWORD=*****", none.redact("jdbc:mariadb://h/db?PASSWORD=x y"
        .substring(0, "jdbc:mariadb://h/db?PASSWORD=x".length())));
    assertEquals("jdbc:h2:./db;USER=sa;PASSWORD=*****;MODE=PostgreSQL",
        none.redact("jdbc:h2:./db;USER=sa;PASSWORD=pw;MODE=PostgreSQL"));
    assertEquals("jdbc:postgresql://scott:*****@h/db", none.redact("jdbc:postgresql://scott:tiger@h/db"));
    assertEquals("jdbc:h2:./target/db", none.redact("jdbc:h2:./target/db"));
  }

  @Test
  void causesAreDescribedRedacted() {
    Exception e = new IllegalStateException("could not connect",
        new SQLException("FATAL: password authentication failed (password tiger)"));
    String text = redactor.describe(e);
    assertFalse(text.contains("tiger"), text);
    assertEquals("could not connect\n  caused by: FATAL: password authentication failed (password *****)", text);
  }

  @Test
  void nullStaysNull() {
    assertNull(redactor.redact(null));
  }
}
