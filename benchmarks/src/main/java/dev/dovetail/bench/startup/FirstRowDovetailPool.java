package dev.dovetail.bench.startup;

import dev.dovetail.bench.model.BenchDb;

/**
 * Start-up, Dovetail made on a {@link javax.sql.DataSource} ({@code BenchDb.create(dataSource)}): JDBI is not
 * started. The data source opens a connection per call, as the JDBC main does.
 */
public final class FirstRowDovetailPool {
  private FirstRowDovetailPool() {}

  /** Prints the student's name as soon as the row is read. Arguments: url, user, student id. */
  public static void main(String[] args) {
    BenchDb db = BenchDb.create(new UrlDataSource(args[0], args[1]));
    FirstRow.report(db.students().findById(Long.parseLong(args[2])).orElseThrow().name());
  }
}
