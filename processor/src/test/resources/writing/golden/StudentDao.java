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
 * Data access for {@link Student}, table {@code students}: CRUD, queries, finders by id and the relationship
 * handles' statements are inherited; this class adds a method (and its batch form) per relationship.
 * Generated from {@link Student}: edit that, not this file.
 */
@Generated("dev.dovetail.processor.DovetailProcessor")
public final class StudentDao extends KeyedDao<Student, Long> {
  private static final ManyToManySpec<Student, Course> classesSpec = new ManyToManySpec<Student, Course>("Student.classes",
      "registrations", "student_id", "class_id", Mapping.INSTANCE, CourseDao.Mapping.INSTANCE, "",
      "name", "name DESC");

  /**
   * A DAO running its statements in {@code ctx}; {@code SchoolDb} makes one per entity.
   */
  public StudentDao(DaoContext ctx) {
    super(ctx, Mapping.INSTANCE);
  }

  /**
   * The {@link Course} entities linked to {@code student} by rows of {@code registrations}
   * ({@code Student.classes}).
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
   * {@link #classes} of each of {@code students}, in one query per chunk of keys; empty lists for none.
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
