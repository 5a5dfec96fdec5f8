package dev.dovetail.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * The database a run measures, as a pooled {@link DataSource} every contender shares: H2 in this process, or
 * the machine's PostgreSQL in a schema of its own that {@link #close()} drops.
 */
public final class Target implements AutoCloseable {
  /** Where PostgreSQL is; {@code -Dbench.pg.url=...} points elsewhere. */
  public static final String PG_URL = System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
  /** The PostgreSQL user; {@code -Dbench.pg.user=...}. */
  public static final String PG_USER = System.getProperty("bench.pg.user", "postgres");

  /** The databases measured: the JMH parameter {@code db} takes their names. */
  public enum Kind {
    /** H2 2.x in memory, in the benchmark's process. */
    H2,
    /** PostgreSQL over TCP on the same machine. */
    POSTGRESQL
  }

  private final Kind kind;
  private final String schema;
  private final HikariDataSource pool;

  private Target(Kind kind, String schema, HikariDataSource pool) {
    this.kind = kind;
    this.schema = schema;
    this.pool = pool;
  }

  /** Opens {@code db} ({@code h2} or {@code postgresql}) with a new, empty database or schema. */
  public static Target open(String db) {
    Kind kind = Kind.valueOf(db.toUpperCase(java.util.Locale.ROOT));
    String name = "bench_" + ProcessHandle.current().pid() + "_" + ThreadLocalRandom.current().nextInt(1 << 20);
    HikariConfig config = new HikariConfig();
    // Two connections: one for the measured thread, one spare for set-up work; the pool is what an
    // application would have, and every contender gets its connections from it.
    config.setMaximumPoolSize(2);
    config.setMinimumIdle(2);
    config.setPoolName(name);
    if (kind == Kind.H2) {
      config.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    } else {
      try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, "");
          Statement st = c.createStatement()) {
        st.execute("CREATE SCHEMA " + name);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot create schema " + name + " at " + PG_URL + ": " + e.getMessage(), e);
      }
      config.setJdbcUrl(PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + name);
      config.setUsername(PG_USER);
    }
    return new Target(kind, name, new HikariDataSource(config));
  }

  /** Which database this is. */
  public Kind kind() {
    return kind;
  }

  /** The pooled connections every contender uses. */
  public DataSource dataSource() {
    return pool;
  }

  /** Closes the pool and drops the database (H2) or the schema (PostgreSQL). */
  @Override
  public void close() {
    try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
      st.execute(kind == Kind.H2 ? "DROP ALL OBJECTS" : "DROP SCHEMA " + schema + " CASCADE");
    } catch (SQLException e) {
      System.err.println("could not drop " + schema + ": " + e.getMessage());
    } finally {
      pool.close();
    }
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + " (" + schema + ")";
  }
}
