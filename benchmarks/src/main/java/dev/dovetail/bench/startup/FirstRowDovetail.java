package dev.dovetail.bench.startup;

import dev.dovetail.bench.model.BenchDb;
import org.jdbi.v3.core.Jdbi;

/** Start-up, Dovetail as its README starts: {@code BenchDb.create(jdbi)}, then a finder. */
public final class FirstRowDovetail {
  private FirstRowDovetail() {}

  /** Prints the student's name as soon as the row is read. Arguments: url, user, student id. */
  public static void main(String[] args) {
    BenchDb db = BenchDb.create(Jdbi.create(args[0], args[1], ""));
    FirstRow.report(db.students().findById(Long.parseLong(args[2])).orElseThrow().name());
  }
}
