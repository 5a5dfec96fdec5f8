package dev.dovetail.testing;

import dev.dovetail.dialect.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * One database that the tests of one class run on: an H2 in-memory database of its own, a schema of its own on
 * the PostgreSQL server, a database of its own on the MariaDB server, or an SQLite file of its own, so that
 * test classes, and test runs side by side, never see each other's rows. {@link DatabaseExtension} creates it
 * for the class, empties it before every test and removes it when the class is done.
 */
public final class TestDatabase implements AutoCloseable {
  /** The databases tests run on. */
  public enum Kind {
    /** H2 in-process, in memory: always there. */
    H2(Dialect.H2),
    /** The PostgreSQL server of {@link PostgresServer}. */
    POSTGRESQL(Dialect.POSTGRESQL),
    /** The MariaDB server of {@link MariaDbServer}. */
    MARIADB(Dialect.MARIADB),
    /** SQLite in-process, in a temporary file: always there. */
    SQLITE(Dialect.SQLITE);

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
   * Creates a fresh database of {@code kind}: a new H2 in-memory database, a new schema on the PostgreSQL
   * server, a new database on the MariaDB server, or a new SQLite file. The caller checks first that a server
   * is there ({@link PostgresServer#unavailableReason()}, {@link MariaDbServer#unavailableReason()}).
   */
  public static TestDatabase create(Kind kind) {
    // A name that says when it was made lets a later run drop what a killed run left behind.
    String name = "dv_" + System.currentTimeMillis() / 1000 + "_"
        + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    return switch (kind) {
      case H2 -> new TestDatabase(kind, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", new Properties());
      case POSTGRESQL -> {
        try (Connection c = PostgresServer.connect(PostgresServer.url()); Statement st = c.createStatement()) {
          StaleSchemas.drop(c);
          st.execute("CREATE SCHEMA " + name);
        } catch (SQLException e) {
          throw new IllegalStateException("could not create the test schema " + name + " on " + PostgresServer.url(),
              e);
        }
        yield new TestDatabase(kind, name, PostgresServer.url(name), PostgresServer.properties());
      }
      case MARIADB -> {
        try (Connection c = MariaDbServer.connect(); Statement st = c.createStatement()) {
          StaleSchemas.dropDatabases(c);
          st.execute(createMariaDbDatabase(name));
        } catch (SQLException e) {
          throw new IllegalStateException("could not create the test database " + name + " on " + MariaDbServer.url(),
              e);
        }
        yield new TestDatabase(kind, name, MariaDbServer.url(name, ""), MariaDbServer.properties());
      }
      case SQLITE -> {
        StaleSchemas.deleteFiles(sqliteFolder());
        // Durability is of no use to a test: no fsync per commit.
        yield new TestDatabase(kind, name, "jdbc:sqlite:" + sqliteFile(name) + "?synchronous=OFF", new Properties());
      }
    };
  }

  /**
   * The same database reached with extra MariaDB connection options ({@code name=value&...}), e.g. a session
   * time zone; the database stays this one's.
   */
  public TestDatabase withMariaDbOptions(String options) {
    if (kind != Kind.MARIADB) {
      throw new IllegalStateException("connection options are MariaDB's; this is " + this);
    }
    return new TestDatabase(kind, name, MariaDbServer.url(name, options), properties);
  }

  private static String createMariaDbDatabase(String name) {
    return "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin";
  }

  private static Path sqliteFolder() {
    return Path.of(System.getProperty("java.io.tmpdir"));
  }

  private static Path sqliteFile(String name) {
    return sqliteFolder().resolve(name + ".db");
  }

  /** Which database this is. */
  public Kind kind() {
    return kind;
  }

  /** The dialect the runtime uses here. */
  public Dialect dialect() {
    return kind.dialect();
  }

  /** The name of the H2 database, PostgreSQL schema, MariaDB database or SQLite file: {@code dv_<seconds>_<random>}. */
  public String name() {
    return name;
  }

  /** The JDBC URL of this database (for PostgreSQL, with {@code currentSchema}). */
  public String url() {
    return url;
  }

  /**
   * Connections to this database, one new physical connection per call, as a user's pool would give them:
   * nothing is switched on that the runtime must switch on itself (SQLite's foreign keys). Wrap it to watch
   * statements.
   */
  public DataSource dataSource() {
    return dataSource;
  }

  /** A {@link Jdbi} on {@link #dataSource()}. */
  public Jdbi jdbi() {
    return jdbi;
  }

  /**
   * Opens a plain JDBC connection to this database, for checks that bypass the code under test; readied as the
   * dialect readies the runtime's (so SQLite enforces foreign keys on it too).
   */
  public Connection connect() throws SQLException {
    Connection c = DriverManager.getConnection(url, properties);
    try {
      dialect().prepareConnection(c);
      return c;
    } catch (SQLException e) {
      c.close();
      throw e;
    }
  }

  /** Removes every table, row and index, leaving an empty database for the next test. */
  public void reset() {
    switch (kind) {
      case H2 -> run("DROP ALL OBJECTS");
      case POSTGRESQL -> run("DROP SCHEMA IF EXISTS " + name + " CASCADE; CREATE SCHEMA " + name);
      case MARIADB -> onMariaDbServer("DROP DATABASE IF EXISTS " + name, createMariaDbDatabase(name));
      case SQLITE -> deleteSqliteFiles();
    }
  }

  /** Removes the database: H2's is shut down, PostgreSQL's schema and MariaDB's database dropped, SQLite's deleted. */
  @Override
  public void close() {
    switch (kind) {
      case H2 -> run("SHUTDOWN");
      case POSTGRESQL -> {
        try (Connection c = PostgresServer.connect(PostgresServer.url()); Statement st = c.createStatement()) {
          st.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        } catch (SQLException e) {
          throw new IllegalStateException("could not drop the test schema " + name, e);
        }
      }
      case MARIADB -> onMariaDbServer("DROP DATABASE IF EXISTS " + name);
      case SQLITE -> deleteSqliteFiles();
    }
  }

  private void onMariaDbServer(String... statements) {
    try (Connection c = MariaDbServer.connect(); Statement st = c.createStatement()) {
      for (String sql : statements) {
        st.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not run " + List.of(statements) + " on " + this, e);
    }
  }

  /** The database is the file (and its journal): with no connection open between tests, deleting empties it. */
  private void deleteSqliteFiles() {
    Path file = sqliteFile(name);
    try {
      // The last two are the migration lock's file beside the database.
      for (String suffix : List.of("", "-journal", "-wal", "-shm", ".dovetail-lock", ".dovetail-lock-journal")) {
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
      }
    } catch (IOException e) {
      throw new IllegalStateException("could not delete " + file, e);
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
