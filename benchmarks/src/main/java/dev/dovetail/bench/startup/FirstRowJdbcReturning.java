package dev.dovetail.bench.startup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Start-up, hand-written JDBC doing what Dovetail's {@code findById} does: a finder that connects, reads the row
 * and closes its connection before it returns the name, which the main then prints. The {@code jdbc} main
 * prints with its connection still open; closing the last connection of an H2 file database closes the
 * database (and compacts its file), which this main pays before its row as Dovetail's do. Arguments: url, user,
 * student id.
 */
public final class FirstRowJdbcReturning {
  private FirstRowJdbcReturning() {}

  /** Prints the student's name once the finder has returned it. */
  public static void main(String[] args) throws Exception {
    FirstRow.report(findName(args[0], args[1], Long.parseLong(args[2])));
  }

  private static String findName(String url, String user, long id) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, "");
        PreparedStatement ps = c.prepareStatement("SELECT id, name FROM students WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(2) : null;
      }
    }
  }
}
