package dev.dovetail.testing;

import dev.dovetail.dialect.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * One database that the tests of one class run on: an H2 in-memory database of its own, or a schema of its
 * own on the PostgreSQL server, so that test classes, and test runs side by side, never see each other's
 * rows. {@link DatabaseExtension} creates it for the class, empties it before every test and removes it when
 * the class is done.
 */
public final class TestDatabase implements AutoCloseable {
  /** The databases tests run on. */
  public enum Kind {
    /** H2 in-process, in memory: always there. */
    H2(Dialect.H2),
    /** The PostgreSQL server of {@link PostgresServer}. */
    POSTGRESQL(Dialect.POSTGRESQL);

    private final Dialect dialect;

    Kind(Dialect dialect) {
      this.dialect = dialect;
    }

    /** The dialect the runtime uses on this database. */
    public Dialect dialect() {
      return dialect;
    }
  }

  private final Kind kind;
  private final String name;
  private final String url;
  private final Properties properties;
  private final DataSource dataSource;
  private final Jdbi jdbi;

  private TestDatabase(Kind kind, String name, String url, Properties properties) {
    this.kind = kind;
    this.name = name;
    this.url = url;
    this.properties = properties;
    this.dataSource = new UrlDataSource(url, properties);
    this.jdbi = Jdbi.create(dataSource);
  }

  /**
   * Creates a fresh database of {@code kind}: a new H2 in-memory database, or a new schema on the PostgreSQL
   * server. The caller checks first that the server is there ({@link PostgresServer#unavailableReason()}).
   */
  public static TestDatabase create(Kind kind) {
    // A name that says when it was made lets a later run drop what a killed run left behind.
    String name = "dv_" + System.currentTimeMillis() / 1000 + "_"
        + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    if (kind == Kind.H2) {
      return new TestDatabase(kind, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", new Properties());
    }
    try (Connection c = PostgresServer.connect(PostgresServer.url()); Statement st = c.createStatement()) {
      StaleSchemas.drop(c);
      st.execute("CREATE SCHEMA " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the test schema " + name + " on " + PostgresServer.url(), e);
    }
    return new TestDatabase(kind, name, PostgresServer.url(name), PostgresServer.properties());
  }

  /** Which database this is. */
  public Kind kind() {
    return kind;
  }

  /** The dialect the runtime uses here. */
  public Dialect dialect() {
    return kind.dialect();
  }

  /** The H2 database's or the PostgreSQL schema's name, {@code dv_<seconds>_<random>}. */
  public String name() {
    return name;
  }

  /** The JDBC URL of this database (for PostgreSQL, with {@code currentSchema}). */
  public String url() {
    return url;
  }

  /** Connections to this database, one new physical connection per call; wrap it to watch statements. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** A {@link Jdbi} on {@link #dataSource()}. */
  public Jdbi jdbi() {
    return jdbi;
  }

  /** Opens a plain JDBC connection to this database, for checks that bypass the code under test. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, properties);
  }

  /** Removes every table, row and index, leaving an empty database for the next test. */
  public void reset() {
    run(kind == Kind.H2 ? "DROP ALL OBJECTS" : "DROP SCHEMA IF EXISTS " + name + " CASCADE; CREATE SCHEMA " + name);
  }

  /** Removes the database: H2's is shut down, PostgreSQL's schema dropped with everything in it. */
  @Override
  public void close() {
    if (kind == Kind.H2) {
      run("SHUTDOWN");
    } else {
      try (Connection c = PostgresServer.connect(PostgresServer.url()); Statement st = c.createStatement()) {
        st.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
      } catch (SQLException e) {
        throw new IllegalStateException("could not drop the test schema " + name, e);
      }
    }
  }

  private void run(String sql) {
    try (Connection c = connect(); Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("could not run \"" + sql + "\" on " + this, e);
    }
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT) + " " + name;
  }
}
