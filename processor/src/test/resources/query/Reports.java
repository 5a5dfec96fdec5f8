package test;

import dev.dovetail.Queries;
import dev.dovetail.Query;
import dev.dovetail.Update;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** One statement of each shape, for the golden implementation. */
@Queries
public interface Reports {
  /** A row of {@link #credits()}. */
  record Credit(String courseTitle, int credits) {}

  @Query("SELECT c.* FROM courses c WHERE c.credits >= :min ORDER BY c.title")
  List<Course> atLeast(int min);

  @Query("SELECT c.credits, c.title, c.id FROM courses c WHERE c.title = :title")
  Optional<Course> titled(String title);

  @Query("SELECT c.title AS course_title, c.credits FROM courses c")
  Stream<Credit> credits();

  @Query("SELECT COUNT(*) FROM courses c WHERE c.credits BETWEEN :low AND :high")
  long count(int low, int high);

  @Update("UPDATE courses SET credits = :credits WHERE id = :id")
  boolean setCredits(long id, int credits);
}
