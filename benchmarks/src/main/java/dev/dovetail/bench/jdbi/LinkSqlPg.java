package dev.dovetail.bench.jdbi;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Linking students and classes on PostgreSQL: {@code ON CONFLICT DO NOTHING}. */
public interface LinkSqlPg extends LinkSql {
  /** The statement. */
  String INSERT = "INSERT INTO registrations (student_id, class_id) VALUES (:s, :c) "
      + "ON CONFLICT (student_id, class_id) DO NOTHING";

  @Override
  @SqlUpdate(INSERT)
  boolean addClass(@Bind("s") long studentId, @Bind("c") long courseId);

  @Override
  @SqlBatch(INSERT)
  int[] addClasses(@Bind("s") long studentId, @Bind("c") List<Long> courseIds);
}
