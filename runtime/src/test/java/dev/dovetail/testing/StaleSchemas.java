package dev.dovetail.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops the test schemas that a run killed before it could clean up left on the shared server. A schema is
 * stale when its name says it was made more than {@value #MAX_AGE_HOURS} hours ago: no test class runs that
 * long, so a run going on beside this one never loses its schema.
 */
final class StaleSchemas {
  static final int MAX_AGE_HOURS = 6;
  private static final Pattern NAME = Pattern.compile("dv_(\\d+)_[0-9a-f]+");
  private static boolean done;

  private StaleSchemas() {}

  /** Drops the stale schemas, once per JVM; a failure only means they stay for the next run. */
  static synchronized void drop(Connection c) {
    if (done) {
      return;
    }
    done = true;
    long cutoff = System.currentTimeMillis() / 1000 - MAX_AGE_HOURS * 3600L;
    List<String> stale = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'dv\\_%'"); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Matcher m = NAME.matcher(rs.getString(1));
        if (m.matches() && Long.parseLong(m.group(1)) < cutoff) {
          stale.add(m.group());
        }
      }
      try (Statement st = c.createStatement()) {
        for (String schema : stale) {
          st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
      }
    } catch (SQLException e) {
      System.err.println("[dovetail tests] could not drop stale test schemas " + stale + ": " + e.getMessage());
    }
  }
}
