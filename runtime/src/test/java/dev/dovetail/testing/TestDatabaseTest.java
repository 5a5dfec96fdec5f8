package dev.dovetail.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.dialect.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The test support itself: each class gets a database of its own, each test an empty one. */
class TestDatabaseTest {

  @DatabaseTest
  void theParametersAreOneDatabase(TestDatabase database, Jdbi jdbi, Dialect dialect) {
    assertSame(database.jdbi(), jdbi);
    assertEquals(database.kind().dialect(), dialect);
    assertTrue(database.name().matches("dv_\\d+_[0-9a-f]{8}"), database.name());
    String where = jdbi.withHandle(h -> h.createQuery(
        dialect == Dialect.H2 ? "SELECT DATABASE()" : "SELECT current_schema()").mapTo(String.class).one());
    assertTrue(where.equalsIgnoreCase(database.name()), where + " is not " + database.name());
  }

  @DatabaseTest
  void resetLeavesAnEmptyDatabase(TestDatabase database) throws SQLException {
    execute(database, "CREATE TABLE leftover (id INTEGER)");
    execute(database, "INSERT INTO leftover VALUES (1)");
    database.reset();
    assertThrows(SQLException.class, () -> execute(database, "SELECT * FROM leftover"));
  }

  @DatabaseTest
  void aFreshDatabaseIsSeparateAndGoneWhenClosed(TestDatabase mine) throws SQLException {
    execute(mine, "CREATE TABLE mine (id INTEGER)");
    TestDatabase other = TestDatabase.create(mine.kind());
    try {
      assertNotEquals(mine.name(), other.name());
      assertThrows(SQLException.class, () -> execute(other, "SELECT * FROM mine"));
      execute(other, "CREATE TABLE theirs (id INTEGER)");
    } finally {
      other.close();
    }
    // H2 comes back as a new empty database, closed again below; PostgreSQL finds no schema.
    assertThrows(SQLException.class, () -> execute(other, "SELECT * FROM theirs"));
    other.close();
    execute(mine, "SELECT * FROM mine");
  }

  @DatabaseTest(TestDatabase.Kind.H2)
  void runsOnlyWhereAsked(Dialect dialect) {
    assertEquals(Dialect.H2, dialect);
  }

  @DatabaseTest
  void theCountingDataSourceSeesEveryStatement(TestDatabase database) throws SQLException {
    CountingDataSource counting = new CountingDataSource(database.dataSource());
    Jdbi jdbi = Jdbi.create(counting);
    jdbi.useHandle(h -> {
      try (Statement st = h.getConnection().createStatement()) {
        st.execute("CREATE TABLE counted (id INTEGER)");
      }
      h.getConnection().prepareStatement("INSERT INTO counted VALUES (1)").executeUpdate();
    });
    assertEquals(List.of("<statement>", "INSERT INTO counted VALUES (1)"), counting.statements());
    counting.reset();
    assertEquals(0, counting.count());
  }

  @Test
  void theSchemaIsAddedToTheUrl() {
    String url = PostgresServer.url("dv_1_abc");
    assertTrue(url.startsWith(PostgresServer.url()), url);
    assertTrue(url.endsWith("currentSchema=dv_1_abc"), url);
    assertFalse(url.contains("?&"), url);
  }

  private static void execute(TestDatabase database, String sql) throws SQLException {
    try (Connection c = database.connect(); Statement st = c.createStatement()) {
      if (st.execute(sql)) {
        try (ResultSet rs = st.getResultSet()) {
          rs.next();
        }
      }
    }
  }
}
