package dev.dovetail.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where the PostgreSQL server the tests use is, and whether it answers. Each setting is read from a system
 * property, then an environment variable, then a default that fits a developer machine:
 *
 * <ul>
 *   <li>{@code dovetail.pg.url} / {@code DOVETAIL_PG_URL}, default {@value #DEFAULT_URL};
 *   <li>{@code dovetail.pg.user} / {@code DOVETAIL_PG_USER}, default {@code postgres};
 *   <li>{@code dovetail.pg.password} / {@code DOVETAIL_PG_PASSWORD}, default none.
 * </ul>
 */
public final class PostgresServer {
  /** The server a developer machine and CI run: local, trust authentication, database {@code test}. */
  public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  /** The command that starts the machine's cluster, as printed when it is down. */
  public static final String START_COMMAND =
      "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";

  private static volatile String unavailable;
  private static volatile boolean probed;

  private PostgresServer() {}

  /** The JDBC URL of the server's test database, without a schema. */
  public static String url() {
    return setting("dovetail.pg.url", "DOVETAIL_PG_URL", DEFAULT_URL);
  }

  /** The JDBC URL whose connections work in {@code schema}. */
  public static String url(String schema) {
    String url = url();
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** The connection properties: user, password and short timeouts, so that a dead server fails fast. */
  public static Properties properties() {
    Properties p = new Properties();
    p.setProperty("user", setting("dovetail.pg.user", "DOVETAIL_PG_USER", "postgres"));
    p.setProperty("password", setting("dovetail.pg.password", "DOVETAIL_PG_PASSWORD", ""));
    p.setProperty("connectTimeout", "5");
    p.setProperty("loginTimeout", "10");
    return p;
  }

  /** Opens a connection to the server's test database. */
  public static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, properties());
  }

  /**
   * Why the server cannot be used, or {@code null} when it answers. Asked once per JVM: a server that is
   * down stays down for the rest of the run.
   */
  public static synchronized String unavailableReason() {
    if (!probed) {
      probed = true;
      try (Connection c = connect(url())) {
        c.createStatement().execute("SELECT 1");
      } catch (SQLException e) {
        unavailable = e.getMessage();
      }
    }
    return unavailable;
  }

  /** What to tell a developer when the server is down: what failed and how to start it. */
  public static String howToStart(String reason) {
    return "PostgreSQL is not reachable at " + url() + " (" + reason + "). Start it with\n    "
        + START_COMMAND + "\nor point the tests at another server with DOVETAIL_PG_URL (and DOVETAIL_PG_USER, "
        + "DOVETAIL_PG_PASSWORD), or the system properties dovetail.pg.url, dovetail.pg.user, dovetail.pg.password.";
  }

  /** Whether this run is CI's ({@code CI=true}), where a missing server fails tests instead of skipping them. */
  public static boolean onCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  private static String setting(String property, String variable, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(variable);
    }
    return value == null || value.isBlank() ? fallback : value;
  }
}
