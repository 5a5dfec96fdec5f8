package test;

import dev.dovetail.filter.ComparableColumn;
import dev.dovetail.filter.StringColumn;
import dev.dovetail.schema.ColumnType;
import java.lang.Integer;
import java.lang.Long;
import javax.annotation.processing.Generated;

/**
 * The columns of {@link Course}, table {@code courses}, for typed filters of its DAO's {@code query()} and
 * of every relationship handle returning it:
 * {@code query.where(Course_.ID.eq(value)).orderBy(Course_.ID.asc())}.
 *
 * <p>Generated from the {@code @Entity} declaration: edit that, not this file.
 */
@Generated("dev.dovetail.processor.DovetailProcessor")
public final class Course_ {
  /**
   * Column {@code id} (the id), mapped from {@code Course.id}.
   */
  public static final ComparableColumn<Course, Long> ID = new ComparableColumn<Course, Long>("courses", "id",
      ColumnType.BIGINT);

  /**
   * Column {@code title}, mapped from {@code Course.title}.
   */
  public static final StringColumn<Course> TITLE = new StringColumn<Course>("courses", "title",
      ColumnType.VARCHAR);

  /**
   * Column {@code credits}, mapped from {@code Course.credits}.
   */
  public static final ComparableColumn<Course, Integer> CREDITS = new ComparableColumn<Course, Integer>("courses",
      "credits", ColumnType.INTEGER);

  private Course_() {
  }
}
