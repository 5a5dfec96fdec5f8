package dev.dovetail.bench.jdbi;

import java.util.List;

/** What the two databases' link interfaces share, so that the contender calls either the same way. */
public interface LinkSql {
  /** Links a class to a student if it is not linked; returns whether it was new. */
  boolean addClass(long studentId, long courseId);

  /** Links many classes to a student in one batch, in a transaction; returns the count per row. */
  int[] addClasses(long studentId, List<Long> courseIds);
}
