package dev.dovetail.bench.jdbi;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Linking students and classes on H2: insert-if-absent is a {@code MERGE} there. */
public interface LinkSqlH2 extends LinkSql {
  /** The statement. */
  String MERGE = "MERGE INTO registrations t USING (VALUES (:s, :c)) s (student_id, class_id) "
      + "ON t.student_id = s.student_id AND t.class_id = s.class_id "
      + "WHEN NOT MATCHED THEN INSERT (student_id, class_id) VALUES (s.student_id, s.class_id)";

  @Override
  @SqlUpdate(MERGE)
  boolean addClass(@Bind("s") long studentId, @Bind("c") long courseId);

  @Override
  @SqlBatch(MERGE)
  int[] addClasses(@Bind("s") long studentId, @Bind("c") List<Long> courseIds);
}
