package com.example.school;

import dev.dovetail.filter.AssociationTable;
import dev.dovetail.filter.ComparableColumn;
import dev.dovetail.filter.StringColumn;
import dev.dovetail.schema.ColumnType;
import java.lang.Long;
import javax.annotation.processing.Generated;

/**
 * The columns of {@link Student}, table {@code students}, for typed filters of its DAO's {@code query()} and
 * of every relationship handle returning it:
 * {@code query.where(Student_.ID.eq(value)).orderBy(Student_.ID.asc())}.
 *
 * <p>Generated from the {@code @Entity} declaration: edit that, not this file.
 */
@Generated("dev.dovetail.processor.DovetailProcessor")
public final class Student_ {
  /**
   * Column {@code id} (the id), mapped from {@code Student.id}.
   */
  public static final ComparableColumn<Student, Long> ID = new ComparableColumn<Student, Long>("students", "id",
      ColumnType.BIGINT);

  /**
   * Column {@code name}, mapped from {@code Student.name}.
   */
  public static final StringColumn<Student> NAME = new StringColumn<Student>("students", "name",
      ColumnType.VARCHAR);

  private Student_() {
  }

  /**
   * The association table {@code registrations} of {@code Student.classes}: typed columns for the filters and
   * orderings of its handles and of its backref {@code Course.students}, and the table for
   * {@code db.count(Classes.TABLE)}.
   */
  public static final class Classes {
    /**
     * Table {@code registrations}, whose rows {@code db.count(TABLE)} counts.
     */
    public static final AssociationTable<Classes> TABLE = new AssociationTable<Classes>("registrations");

    /**
     * Column {@code student_id}, the id of a {@link Student}.
     */
    public static final ComparableColumn<Classes, Long> STUDENT_ID = new ComparableColumn<Classes, Long>(
        "registrations", "student_id", ColumnType.BIGINT);

    /**
     * Column {@code class_id}, the id of a {@link Course}.
     */
    public static final ComparableColumn<Classes, Long> CLASS_ID = new ComparableColumn<Classes, Long>(
        "registrations", "class_id", ColumnType.BIGINT);

    private Classes() {
    }
  }
}
