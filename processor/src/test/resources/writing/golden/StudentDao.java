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
 * Data access for {@link Student}, stored in table {@code students} (primary key {@code id}).
 *
 * <p>Inherits {@code insert}, {@code insertAll}, {@code update}, {@code delete}, {@code findAll},
 * {@code query} and {@code count} from {@link EntityDao}; adds finders by id and a method per relationship
 * this entity takes part in, each with its batch form ({@code ...Of}) where it has one.
 *
 * <p>Generated from the {@code @Entity} declaration: edit that, not this file.
 */
@Generated("dev.dovetail.processor.DovetailProcessor")
public final class StudentDao extends EntityDao<Student> {
  private final ManyToManySpec<Student, Course> classesSpec;

  /**
   * A DAO running its statements in {@code ctx}. {@code SchoolDb.create(...)} makes one per entity;
   * make one directly to use this entity alone.
   */
  public StudentDao(DaoContext ctx) {
    super(ctx, Mapping.INSTANCE);
    this.classesSpec = new ManyToManySpec<Student, Course>("Student.classes", "registrations",
        "student_id", "class_id",
        Mapping.INSTANCE, CourseDao.Mapping.INSTANCE, "", "name", "name DESC");
  }

  /**
   * The {@link Student} with this id, if there is one: {@code SELECT ... FROM students WHERE id = ?}.
   */
  public Optional<Student> findById(Long id) {
    return findByKey(id);
  }

  /**
   * Whether a row of {@code students} has this id: {@code SELECT 1 FROM students WHERE id = ?}.
   */
  public boolean existsById(Long id) {
    return existsByKey(id);
  }

  /**
   * Deletes the row of {@code students} with this id, returning whether there was one:
   * {@code DELETE FROM students WHERE id = ?}.
   */
  public boolean deleteById(Long id) {
    return deleteByKey(id);
  }

  /**
   * The {@link Course} entities linked to {@code student}
   * ({@code Student.classes})
   * by rows of {@code registrations}:
   * {@code SELECT t.* FROM classes t JOIN registrations j ON j.class_id = t.id WHERE j.student_id = ? ORDER BY name}.
   * The handle filters, orders and pages that query, and adds and removes links
   * as rows of {@code registrations}.
   */
  public ManyToManyHandle<Student, Course> classes(Student student) {
    return manyToMany(classesSpec, student);
  }

  /**
   * {@link #classes(Student)} of the {@link Student} whose id is {@code studentId}, without reading it.
   */
  public ManyToManyHandle<Student, Course> classes(long studentId) {
    return manyToManyById(classesSpec, studentId);
  }

  /**
   * {@link #classes} of every entity of {@code students} at once:
   * the {@link Course} entities linked to each by rows of {@code registrations},
   * loaded in one query per chunk of keys ({@code ... WHERE j.student_id IN (...)}),
   * never one per entity. Each entity maps to a list, empty when it has none.
   */
  public Map<Student, List<Course>> classesOf(Collection<? extends Student> students) {
    return loadManyToMany(classesSpec, students);
  }

  /**
   * {@link #classesOf} keyed by id: the same query for the {@link Student} entities whose ids are
   * {@code studentIds}, which are not read. Each id maps to a list, empty when it has none.
   */
  public Map<Long, List<Course>> classesOfIds(Collection<? extends Long> studentIds) {
    return loadManyToManyByIds(classesSpec, studentIds);
  }

  /**
   * How {@link Student} maps to table {@code students}, column by column in declaration order.
   */
  public static final class Mapping extends EntityMapping<Student> {
    /**
     * The mapping; it holds no state but the table.
     */
    public static final Mapping INSTANCE = new Mapping();

    private Mapping() {
      super("Student", TableDef.builder("students")
          .column("id", ColumnType.BIGINT, 0, 0, 0, false, true)
          .column("name", ColumnType.VARCHAR, 255, 0, 0, true, false)
          .primaryKey("id")
          .build());
    }

    @Override
    public Student read(ResultSet rs, int first, Dialect d) throws SQLException {
      Long id = d.getLong(rs, first);
      String name = d.getString(rs, first + 1);
      return new Student(id, name);
    }

    @Override
    public Student read(ResultSet rs, int[] at, Dialect d) throws SQLException {
      Long id = d.getLong(rs, at[0]);
      String name = d.getString(rs, at[1]);
      return new Student(id, name);
    }

    @Override
    public Object get(Student e, int column) {
      return switch (column) {
        case 0 -> e.id();
        case 1 -> e.name();
        default -> throw new IndexOutOfBoundsException("Student has no column " + column);
      };
    }

    @Override
    public Student withGeneratedId(Student e, Object id) {
      return new Student((Long) id, e.name());
    }
  }
}
