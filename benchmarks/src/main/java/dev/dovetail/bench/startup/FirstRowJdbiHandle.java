package dev.dovetail.bench.startup;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Start-up, JDBI's core alone: {@code Jdbi.create}, one handle, and the row read by hand on its JDBC connection,
 * as the JDBC main reads it. What any library on a {@code Jdbi} the application made starts from: the floor of
 * {@code BenchDb.create(jdbi)}.
 */
public final class FirstRowJdbiHandle {
  private FirstRowJdbiHandle() {}

  /** Prints the student's name as soon as the row is read. Arguments: url, user, student id. */
  public static void main(String[] args) throws Exception {
    Jdbi jdbi = Jdbi.create(args[0], args[1], "");
    try (Handle h = jdbi.open();
        PreparedStatement ps = h.getConnection().prepareStatement("SELECT id, name FROM students WHERE id = ?")) {
      ps.setLong(1, Long.parseLong(args[2]));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        FirstRow.report(rs.getString(2));
      }
    }
  }
}
