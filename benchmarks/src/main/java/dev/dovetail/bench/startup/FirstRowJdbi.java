package dev.dovetail.bench.startup;

import dev.dovetail.bench.jdbi.SchoolSql;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** Start-up, JDBI SqlObject: the plugin, an on-demand interface, a finder. */
public final class FirstRowJdbi {
  private FirstRowJdbi() {}

  /** Prints the student's name as soon as the row is read. Arguments: url, user, student id. */
  public static void main(String[] args) {
    Jdbi jdbi = Jdbi.create(args[0], args[1], "").installPlugin(new SqlObjectPlugin());
    SchoolSql school = jdbi.onDemand(SchoolSql.class);
    FirstRow.report(school.findStudent(Long.parseLong(args[2])).orElseThrow().name());
  }
}
