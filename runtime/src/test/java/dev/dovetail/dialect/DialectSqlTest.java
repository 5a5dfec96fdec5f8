package dev.dovetail.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL the MariaDB and SQLite dialects write where they differ, checked without a database. */
class DialectSqlTest {

  @Test
  void eachDialectIsFoundByNameAndInAll() {
    assertEquals(List.of("h2", "postgresql", "mariadb", "sqlite"), Dialect.all().stream().map(Dialect::name).toList());
    assertEquals(Dialect.MARIADB, Dialect.named("mariadb"));
    assertEquals(Dialect.SQLITE, Dialect.named("sqlite"));
    assertThrows(IllegalArgumentException.class, () -> Dialect.named("oracle"));
  }

  @Test
  void anOffsetAloneStillGetsALimitWhereTheDatabaseWantsOne() {
    assertEquals(" LIMIT 18446744073709551615 OFFSET 5", Dialect.MARIADB.limitOffset(-1, 5));
    assertEquals(" LIMIT -1 OFFSET 5", Dialect.SQLITE.limitOffset(-1, 5));
    assertEquals(" OFFSET 5", Dialect.POSTGRESQL.limitOffset(-1, 5));
    assertEquals(" LIMIT 3 OFFSET 5", Dialect.MARIADB.limitOffset(3, 5));
    assertEquals(" LIMIT 3", Dialect.SQLITE.limitOffset(3, 0));
    assertEquals("", Dialect.MARIADB.limitOffset(-1, 0));
  }

  @Test
  void quotingFollowsEachDatabasesReservedWords() {
    assertEquals("`order`", Dialect.MARIADB.quote("order"));
    assertEquals("`lines`", Dialect.MARIADB.quote("lines"));
    assertEquals("user", Dialect.MARIADB.quote("user"));
    assertEquals("\"order\"", Dialect.SQLITE.quote("order"));
    assertEquals("user", Dialect.SQLITE.quote("user"));
    assertEquals("`a``b`", Dialect.MARIADB.quote("a`b"));
  }

  @Test
  void onlyLowercaseNamesOfLettersDigitsAndUnderscoresStayBare() {
    for (String bare : List.of("a", "_", "student_id", "_x9", "e10")) {
      assertEquals(bare, Dialect.POSTGRESQL.quote(bare), bare);
    }
    for (String quoted : List.of("", "9lives", "Students", "first name", "naïve", "a-b", "x$")) {
      assertEquals('"' + quoted + '"', Dialect.POSTGRESQL.quote(quoted), quoted);
    }
  }

  @Test
  void insertIfAbsentNeverIgnoresOtherErrors() {
    String mariadb = Dialect.MARIADB.insertIfAbsent("follows", List.of("a", "b"), List.of("a", "b"));
    assertEquals("INSERT INTO follows (a, b) VALUES (?, ?) ON DUPLICATE KEY UPDATE a = a", mariadb);
    assertFalse(mariadb.contains("IGNORE"));
    assertEquals("INSERT INTO follows (a, b) VALUES (?, ?) ON CONFLICT (a, b) DO NOTHING",
        Dialect.SQLITE.insertIfAbsent("follows", List.of("a", "b"), List.of("a", "b")));
  }

  @Test
  void sqliteMakesAnIdentityTheRowIdOnlyWhenItIsTheWholeKey() {
    ColumnDef id = new ColumnDef("id", ColumnType.BIGINT, 0, 0, 0, false, true);
    ColumnDef part = ColumnDef.of("part", ColumnType.INTEGER, false);
    String alone = Dialect.SQLITE.createTable(new TableDef("t", List.of(id, part), List.of("id"), List.of(),
        List.of()), List.of());
    assertEquals("CREATE TABLE t (\n  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n  part INTEGER NOT NULL\n)",
        alone);
    String composite = Dialect.SQLITE.createTable(new TableDef("t", List.of(id, part), List.of("id", "part"),
        List.of(), List.of()), List.of());
    assertTrue(composite.contains("  id INTEGER NOT NULL,\n"), composite);
    assertTrue(composite.contains("CONSTRAINT pk_t PRIMARY KEY (id, part)"), composite);
  }
}
