package com.example.school;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.runtime.KeyedDao;
import dev.dovetail.runtime.ManyToManyHandle;
import dev.dovetail.runtime.internal.DaoContext;
import dev.dovetail.runtime.internal.EntityMapping;
import dev.dovetail.runtime.internal.ManyToManySpec;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.TableDef;
import java.lang.IndexOutOfBoundsException;
import java.lang.Long;
import java.lang.Object;
import java.lang.Override;
import java.lang.String;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Data access for {@link Course}, table {@code classes}: CRUD, queries, finders by id and the relationship
 * handles' statements are inherited; this class adds a method (and its batch form) per relationship.
 * Generated from {@link Course}: edit that, not this file.
 */
@Generated("dev.dovetail.processor.DovetailProcessor")
public final class CourseDao extends KeyedDao<Course, Long> {
  private static final ManyToManySpec<Course, Student> studentsSpec = new ManyToManySpec<Student, Course>("Student.classes",
      "registrations", "student_id", "class_id", StudentDao.Mapping.INSTANCE, Mapping.INSTANCE, "",
      "name", "name DESC").inverse("Course.students");

  /**
   * A DAO running its statements in {@code ctx}; {@code SchoolDb} makes one per entity.
   */
  public CourseDao(DaoContext ctx) {
    super(ctx, Mapping.INSTANCE);
  }

  /**
   * The {@link Student} entities linked to {@code course} by rows of {@code registrations}
   * ({@code Course.students}, the reverse of {@code Student.classes}).
   */
  public ManyToManyHandle<Course, Student> students(Course course) {
    return manyToMany(studentsSpec, course);
  }

  /**
   * {@link #students(Course)} of the {@link Course} whose id is {@code courseId}, without reading it.
   */
  public ManyToManyHandle<Course, Student> students(long courseId) {
    return manyToManyById(studentsSpec, courseId);
  }

  /**
   * {@link #students} of each of {@code courses}, in one query per chunk of keys; empty lists for none.
   */
  public Map<Course, List<Student>> studentsOf(Collection<? extends Course> courses) {
    return loadManyToMany(studentsSpec, courses);
  }

  /**
   * {@link #studentsOf} keyed by id: the same query for the {@link Course} entities whose ids are
   * {@code courseIds}, which are not read. Each id maps to a list, empty when it has none.
   */
  public Map<Long, List<Student>> studentsOfIds(Collection<? extends Long> courseIds) {
    return loadManyToManyByIds(studentsSpec, courseIds);
  }

  /**
   * How {@link Course} maps to table {@code classes}, column by column in declaration order.
   */
  public static final class Mapping extends EntityMapping<Course> {
    /**
     * The mapping; it holds no state but the table.
     */
    public static final Mapping INSTANCE = new Mapping();

    private Mapping() {
      super("Course", TableDef.builder("classes")
          .column("id", ColumnType.BIGINT, 0, 0, 0, false, true)
          .column("name", ColumnType.VARCHAR, 255, 0, 0, true, false)
          .primaryKey("id")
          .build());
    }

    @Override
    public Course read(ResultSet rs, int[] at, Dialect d) throws SQLException {
      Long id = d.getLong(rs, at[0]);
      String name = d.getString(rs, at[1]);
      return new Course(id, name);
    }

    @Override
    public Object get(Course e, int column) {
      return switch (column) {
        case 0 -> e.id();
        case 1 -> e.name();
        default -> throw new IndexOutOfBoundsException("Course has no column " + column);
      };
    }

    @Override
    public Course withGeneratedId(Course e, Object id) {
      return new Course((Long) id, e.name());
    }
  }
}
