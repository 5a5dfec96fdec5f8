package dev.dovetail.bench.contender;

import dev.dovetail.bench.Fixture;
import dev.dovetail.bench.Target;
import dev.dovetail.bench.jdbi.Enrolment;
import dev.dovetail.bench.jdbi.LinkSql;
import dev.dovetail.bench.jdbi.LinkSqlH2;
import dev.dovetail.bench.jdbi.LinkSqlPg;
import dev.dovetail.bench.jdbi.SchoolSql;
import dev.dovetail.bench.jdbi.TimelineSql;
import dev.dovetail.bench.model.Course;
import dev.dovetail.bench.model.Post;
import dev.dovetail.bench.model.Student;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * JDBI SqlObject the usual way: interfaces of hand-written SQL, constructor mappers, {@code jdbi.onDemand}
 * proxies that open a handle per call.
 */
public final class JdbiContender implements Contender {
  private final Fixture fixture;
  private final boolean h2;
  private final SchoolSql school;
  private final LinkSql links;
  private final TimelineSql timelines;
  private final List<Long> courseIds = new ArrayList<>(Fixture.COURSES);
  private final Long[] studentIds = new Long[Fixture.STUDENTS];

  /** Works on {@code fixture}'s data. */
  public JdbiContender(Fixture fixture) {
    this.fixture = fixture;
    this.h2 = fixture.kind() == Target.Kind.H2;
    Jdbi jdbi = Jdbi.create(fixture.dataSource()).installPlugin(new SqlObjectPlugin());
    this.school = jdbi.onDemand(SchoolSql.class);
    this.links = h2 ? jdbi.onDemand(LinkSqlH2.class) : jdbi.onDemand(LinkSqlPg.class);
    this.timelines = jdbi.onDemand(TimelineSql.class);
    for (int k = 0; k < Fixture.COURSES; k++) {
      courseIds.add(fixture.course(k));
    }
    for (int i = 0; i < studentIds.length; i++) {
      studentIds[i] = fixture.student(i);
    }
  }

  @Override
  public Student insertStudent(String name) {
    return new Student(school.insertStudent(name), name);
  }

  @Override
  public Student findStudent(int student) {
    return school.findStudent(fixture.student(student)).orElse(null);
  }

  @Override
  public boolean addClass(int student, int course) {
    return links.addClass(fixture.student(student), fixture.course(course));
  }

  @Override
  public List<Course> classesOf(int student) {
    return school.classesOf(fixture.student(student));
  }

  @Override
  public int addAllClasses(int student) {
    int added = 0;
    for (int count : links.addClasses(fixture.student(student), courseIds)) {
      added += count;
    }
    return added;
  }

  @Override
  public Map<Long, List<Course>> classesOfStudents(int first, int count) {
    Long[] keys = new Long[count];
    System.arraycopy(studentIds, first, keys, 0, count);
    List<Enrolment> rows = h2 ? school.classesOfStudentsH2(keys) : school.classesOfStudentsPg(keys);
    Map<Long, List<Course>> out = new HashMap<>(count * 2);
    for (Enrolment row : rows) {
      out.computeIfAbsent(row.studentId(), k -> new ArrayList<>()).add(new Course(row.id(), row.name()));
    }
    return out;
  }

  @Override
  public List<Post> timeline(int reader) {
    return timelines.timeline(fixture.reader(reader));
  }

  @Override
  public void close() {}
}
