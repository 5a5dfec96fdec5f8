package dev.dovetail.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where the MariaDB (or MySQL) server the tests use is, and whether it answers. Each setting is read from a
 * system property, then an environment variable, then a default that fits a developer machine:
 *
 * <ul>
 *   <li>{@code dovetail.mariadb.url} / {@code DOVETAIL_MARIADB_URL}, default {@value #DEFAULT_URL} (the server,
 *       without a database: each test class makes its own);
 *   <li>{@code dovetail.mariadb.user} / {@code DOVETAIL_MARIADB_USER}, default {@code root};
 *   <li>{@code dovetail.mariadb.password} / {@code DOVETAIL_MARIADB_PASSWORD}, default none.
 * </ul>
 */
public final class MariaDbServer {
  /**
   * The server a developer machine and CI run: local, {@code root} without a password, without TLS (Connector/J 4
   * asks for TLS unless told otherwise, and a local server has no certificate).
   */
  public static final String DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306/?sslMode=disable";

  /** The command that starts the machine's server, as printed when it is down. */
  public static final String START_COMMAND =
      "start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd";

  private static volatile String unavailable;
  private static volatile boolean probed;

  private MariaDbServer() {}

  /** The JDBC URL of the server, without a database. */
  public static String url() {
    return Settings.get("dovetail.mariadb.url", "DOVETAIL_MARIADB_URL", DEFAULT_URL);
  }

  /**
   * The JDBC URL of {@code database} on the server, with the option Dovetail needs ({@code useAffectedRows=true},
   * see the MariaDB dialect) and any {@code options} ({@code name=value&...}).
   */
  public static String url(String database, String options) {
    String server = url();
    int query = server.indexOf('?');
    String base = query < 0 ? server : server.substring(0, query);
    String params = query < 0 ? "" : server.substring(query + 1) + "&";
    return (base.endsWith("/") ? base : base + "/") + database + "?" + params + "useAffectedRows=true"
        + (options.isEmpty() ? "" : "&" + options);
  }

  /** The connection properties: user, password and short timeouts, so that a dead server fails fast. */
  public static Properties properties() {
    Properties p = new Properties();
    p.setProperty("user", Settings.get("dovetail.mariadb.user", "DOVETAIL_MARIADB_USER", "root"));
    p.setProperty("password", Settings.get("dovetail.mariadb.password", "DOVETAIL_MARIADB_PASSWORD", ""));
    p.setProperty("connectTimeout", "5000");
    return p;
  }

  /** Opens a connection to the server, in no database. */
  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), properties());
  }

  /** Why the server cannot be used, or {@code null} when it answers. Asked once per JVM. */
  public static synchronized String unavailableReason() {
    if (!probed) {
      probed = true;
      try (Connection c = connect()) {
        c.createStatement().execute("SELECT 1");
      } catch (SQLException e) {
        unavailable = e.getMessage();
      }
    }
    return unavailable;
  }

  /** What to tell a developer when the server is down: what failed and how to start it. */
  public static String howToStart(String reason) {
    return "MariaDB is not reachable at " + url() + " (" + reason + "). Start it with\n    " + START_COMMAND
        + "\nor point the tests at another server with DOVETAIL_MARIADB_URL (and DOVETAIL_MARIADB_USER, "
        + "DOVETAIL_MARIADB_PASSWORD), or the system properties dovetail.mariadb.url, dovetail.mariadb.user, "
        + "dovetail.mariadb.password.";
  }
}
