package dev.dovetail.bench.contender;

import dev.dovetail.bench.Fixture;
import dev.dovetail.bench.model.BenchDb;
import dev.dovetail.bench.model.Course;
import dev.dovetail.bench.model.Post;
import dev.dovetail.bench.model.Student;
import dev.dovetail.bench.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Dovetail's generated DAOs, used as its README shows: {@code BenchDb.create(jdbi)}, one call per operation,
 * no transaction but the ones {@code addAll} opens itself.
 */
public final class DovetailContender implements Contender {
  private static final String FOLLOWED_OR_MINE =
      "t.author_id = :me OR t.author_id IN (SELECT f.followed_id FROM follows f WHERE f.follower_id = :me)";

  private final BenchDb db;
  private final List<Student> students = new ArrayList<>(Fixture.STUDENTS);
  private final List<Course> courses = new ArrayList<>(Fixture.COURSES);
  private final List<User> readers = new ArrayList<>(Fixture.READERS);

  /** Works on {@code fixture}'s data, holding its rows as records. */
  public DovetailContender(Fixture fixture) {
    this.db = BenchDb.create(Jdbi.create(fixture.dataSource()));
    for (int i = 0; i < Fixture.STUDENTS; i++) {
      students.add(new Student(fixture.student(i), Fixture.studentName(i)));
    }
    for (int i = 0; i < Fixture.COURSES; i++) {
      courses.add(new Course(fixture.course(i), Fixture.courseName(i)));
    }
    for (int r = 0; r < Fixture.READERS; r++) {
      readers.add(new User(fixture.reader(r), Fixture.userName(Fixture.AUTHORS + r)));
    }
  }

  @Override
  public Student insertStudent(String name) {
    return db.students().insert(new Student(null, name));
  }

  @Override
  public Student findStudent(int student) {
    return db.students().findById(students.get(student).id()).orElse(null);
  }

  @Override
  public boolean addClass(int student, int course) {
    return db.students().classes(students.get(student)).add(courses.get(course));
  }

  @Override
  public List<Course> classesOf(int student) {
    return db.students().classes(students.get(student)).all();
  }

  @Override
  public int addAllClasses(int student) {
    return db.students().classes(students.get(student)).addAll(courses);
  }

  @Override
  public Map<Student, List<Course>> classesOfStudents(int first, int count) {
    return db.students().classesOf(students.subList(first, first + count));
  }

  @Override
  public List<Post> timeline(int reader) {
    return db.posts().query()
        .where(FOLLOWED_OR_MINE, "me", readers.get(reader).id())
        .orderBy("t.timestamp DESC")
        .orderBy("t.id DESC")
        .page(0, Fixture.PAGE);
  }

  @Override
  public void close() {}
}
