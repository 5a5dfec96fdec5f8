package dev.dovetail.bench.startup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** Start-up, hand-written JDBC: connect, prepare, read the row. Arguments: url, user, student id. */
public final class FirstRowJdbc {
  private FirstRowJdbc() {}

  /** Prints the student's name as soon as the row is read. */
  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection(args[0], args[1], "");
        PreparedStatement ps = c.prepareStatement("SELECT id, name FROM students WHERE id = ?")) {
      ps.setLong(1, Long.parseLong(args[2]));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        FirstRow.report(rs.getString(2));
      }
    }
  }
}
