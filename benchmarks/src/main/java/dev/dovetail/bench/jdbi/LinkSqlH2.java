package dev.dovetail.bench.jdbi;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Linking students and classes on H2: insert-if-absent is an {@code INSERT ... WHERE NOT EXISTS} there. */
public interface LinkSqlH2 extends LinkSql {
  /** The statement, the JDBC floor's. */
  String INSERT_IF_ABSENT = "INSERT INTO registrations (student_id, class_id) SELECT :s, :c "
      + "WHERE NOT EXISTS (SELECT 1 FROM registrations WHERE student_id = :s AND class_id = :c)";

  @Override
  @SqlUpdate(INSERT_IF_ABSENT)
  boolean addClass(@Bind("s") long studentId, @Bind("c") long courseId);

  @Override
  @SqlBatch(INSERT_IF_ABSENT)
  int[] addClasses(@Bind("s") long studentId, @Bind("c") List<Long> courseIds);
}
