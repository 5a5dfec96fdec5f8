package dev.dovetail.bench.jdbi;

import dev.dovetail.bench.model.Course;
import dev.dovetail.bench.model.Student;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Students and their classes as a JDBI SqlObject, with the same SQL the JDBC contender runs. */
@RegisterConstructorMapper(Student.class)
@RegisterConstructorMapper(Course.class)
@RegisterConstructorMapper(Enrolment.class)
public interface SchoolSql {
  /** Inserts a student; returns its id. */
  @SqlUpdate("INSERT INTO students (name) VALUES (:name)")
  @GetGeneratedKeys
  long insertStudent(@Bind("name") String name);

  /** The student with this id. */
  @SqlQuery("SELECT id, name FROM students WHERE id = :id")
  Optional<Student> findStudent(@Bind("id") long id);

  /** The classes of one student. */
  @SqlQuery("SELECT t.id, t.name FROM classes t JOIN registrations j ON j.class_id = t.id WHERE j.student_id = :id")
  List<Course> classesOf(@Bind("id") long studentId);

  /** The classes of many students (PostgreSQL: one array parameter). */
  @SqlQuery("SELECT j.student_id, t.id, t.name FROM classes t JOIN registrations j ON j.class_id = t.id "
      + "WHERE j.student_id = ANY(:ids)")
  List<Enrolment> classesOfStudentsPg(@Bind("ids") Long[] studentIds);

  /** The classes of many students (H2: the array joined as a table). */
  @SqlQuery("SELECT j.student_id, t.id, t.name FROM TABLE(k BIGINT = :ids) k "
      + "JOIN registrations j ON j.student_id = k.k JOIN classes t ON t.id = j.class_id")
  List<Enrolment> classesOfStudentsH2(@Bind("ids") Long[] studentIds);
}
