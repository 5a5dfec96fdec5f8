package dev.dovetail.bench.startup;

import dev.dovetail.bench.model.StudentDao;
import dev.dovetail.runtime.DaoContext;

/**
 * Start-up, Dovetail's DAO made on a {@link javax.sql.DataSource} ({@code new StudentDao(DaoContext.of(ds))}):
 * JDBI is not started. The data source opens a connection per call, as the JDBC main does.
 */
public final class FirstRowDovetailPool {
  private FirstRowDovetailPool() {}

  /** Prints the student's name as soon as the row is read. Arguments: url, user, student id. */
  public static void main(String[] args) {
    StudentDao students = new StudentDao(DaoContext.of(new UrlDataSource(args[0], args[1])));
    FirstRow.report(students.findById(Long.parseLong(args[2])).orElseThrow().name());
  }
}
