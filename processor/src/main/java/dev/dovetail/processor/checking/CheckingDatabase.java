package dev.dovetail.processor.checking;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.schema.SchemaDef;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The in-memory H2 database declared queries are prepared against: private to one connection (an unnamed
 * {@code jdbc:h2:mem:} database disappears when it closes), in the compatibility mode of the schema's target
 * database, holding the schema as {@link Dialect#H2} creates it.
 *
 * <p>The driver is instantiated directly rather than found through {@code DriverManager}, which looks in the
 * context class loader: inside javac, that is not the loader the processor and H2 were loaded by.
 */
final class CheckingDatabase implements AutoCloseable {
  /**
   * H2's settings for each target ({@link Dialect#name()}); an unlisted one is checked in H2's own mode.
   * {@code DATABASE_TO_LOWER} makes unquoted names lowercase, as these databases treat them.
   */
  private static final Map<String, String> MODES = Map.of(
      "postgresql", ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
      "mariadb", ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE",
      "mysql", ";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
  private static final Map<String, String> MODE_NAMES = Map.of(
      "postgresql", "PostgreSQL", "mariadb", "MariaDB", "mysql", "MySQL");

  private final Connection connection;
  private final String description;

  private CheckingDatabase(Connection connection, String description) {
    this.connection = connection;
    this.description = description;
  }

  /**
   * Starts a database in the mode of {@code target} and creates {@code schema} in it.
   *
   * @throws SQLException when H2 cannot start or refuses the schema
   * @throws LinkageError when H2 is not on the processor path
   */
  static CheckingDatabase start(String target, SchemaDef schema) throws SQLException {
    String key = target == null ? "" : target.toLowerCase(Locale.ROOT);
    // No shutdown hook: the database lives as long as its one connection, inside javac's JVM.
    String url = "jdbc:h2:mem:" + MODES.getOrDefault(key, "") + ";DB_CLOSE_ON_EXIT=FALSE";
    Connection connection = new org.h2.Driver().connect(url, new Properties());
    if (connection == null) {
      throw new SQLException("the H2 driver did not accept " + url);
    }
    try (Statement statement = connection.createStatement()) {
      for (String sql : Dialect.H2.createSchema(schema)) {
        statement.execute(sql);
      }
    } catch (SQLException | RuntimeException e) {
      try {
        connection.close();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    String mode = MODE_NAMES.get(key);
    return new CheckingDatabase(connection, mode == null ? "H2" : "H2 in " + mode + " mode");
  }

  /** The connection statements are prepared on. */
  Connection connection() {
    return connection;
  }

  /** How messages name it: {@code H2 in PostgreSQL mode}. */
  String description() {
    return description;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
