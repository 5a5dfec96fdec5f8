package com.example.school;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.runtime.EntityDao;
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
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Data access for {@link Course}, stored in table {@code classes} (primary key {@code id}).
 *
 * <p>Inherits {@code insert}, {@code insertAll}, {@code update}, {@code delete}, {@code findAll},
 * {@code query} and {@code count} from {@link EntityDao}; adds finders by id and a method per relationship
 * this entity takes part in, each with its batch form ({@code ...Of}) where it has one.
 *
 * <p>Generated from the {@code @Entity} declaration: edit that, not this file.
 */
@Generated("dev.dovetail.processor.DovetailProcessor")
public final class CourseDao extends EntityDao<Course> {
  private final ManyToManySpec<Course, Student> studentsSpec;

  /**
   * A DAO running its statements in {@code ctx}. {@code SchoolDb.create(...)} makes one per entity;
   * make one directly to use this entity alone.
   */
  public CourseDao(DaoContext ctx) {
    super(ctx, Mapping.INSTANCE);
    this.studentsSpec = new ManyToManySpec<Student, Course>("Student.classes", "registrations",
        "student_id", "class_id",
        StudentDao.Mapping.INSTANCE, Mapping.INSTANCE, "", "name", "name DESC")
        .inverse("Course.students");
  }

  /**
   * The {@link Course} with this id, if there is one: {@code SELECT ... FROM classes WHERE id = ?}.
   */
  public Optional<Course> findById(Long id) {
    return findByKey(id);
  }

  /**
   * Whether a row of {@code classes} has this id: {@code SELECT 1 FROM classes WHERE id = ?}.
   */
  public boolean existsById(Long id) {
    return existsByKey(id);
  }

  /**
   * Deletes the row of {@code classes} with this id, returning whether there was one:
   * {@code DELETE FROM classes WHERE id = ?}.
   */
  public boolean deleteById(Long id) {
    return deleteByKey(id);
  }

  /**
   * The {@link Student} entities linked to {@code course}
   * ({@code Course.students}, the reverse of {@code Student.classes})
   * by rows of {@code registrations}:
   * {@code SELECT t.* FROM students t JOIN registrations j ON j.student_id = t.id WHERE j.class_id = ? ORDER BY name DESC}.
   * The handle filters, orders and pages that query, and adds and removes links
   * as rows of {@code registrations}.
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
   * {@link #students} of every entity of {@code courses} at once:
   * the {@link Student} entities linked to each by rows of {@code registrations},
   * loaded in one query per chunk of keys ({@code ... WHERE j.class_id IN (...)}),
   * never one per entity. Each entity maps to a list, empty when it has none.
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
    public Course read(ResultSet rs, int first, Dialect d) throws SQLException {
      Long id = d.getLong(rs, first);
      String name = d.getString(rs, first + 1);
      return new Course(id, name);
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
