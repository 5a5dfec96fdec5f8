package dev.dovetail.bench.contender;

import dev.dovetail.bench.Fixture;
import dev.dovetail.bench.model.BenchDb;
import dev.dovetail.bench.model.Course;
import dev.dovetail.bench.model.Post;
import dev.dovetail.bench.model.PostDao;
import dev.dovetail.bench.model.Student;
import dev.dovetail.bench.model.StudentDao;
import dev.dovetail.bench.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Dovetail's generated DAOs, one call per operation, no transaction but the ones {@code addAll} opens itself:
 * made on the pool as its README shows ({@code BenchDb.create(pool)}: a connection per call, no JDBI), or on
 * JDBI ({@code BenchDb.create(jdbi)}: a JDBI handle per call).
 */
public final class DovetailContender implements Contender {
  private static final String FOLLOWED_OR_MINE =
      "t.author_id = :me OR t.author_id IN (SELECT f.followed_id FROM follows f WHERE f.follower_id = :me)";

  private final StudentDao students;
  private final PostDao posts;
  private final List<Student> studentRows = new ArrayList<>(Fixture.STUDENTS);
  private final List<Course> courses = new ArrayList<>(Fixture.COURSES);
  private final List<User> readers = new ArrayList<>(Fixture.READERS);

  /** Works on {@code fixture}'s data, holding its rows as records; on JDBI, or on the pool itself. */
  public DovetailContender(Fixture fixture, boolean onPool) {
    BenchDb db = onPool ? BenchDb.create(fixture.dataSource()) : BenchDb.create(Jdbi.create(fixture.dataSource()));
    this.students = db.students();
    this.posts = db.posts();
    for (int i = 0; i < Fixture.STUDENTS; i++) {
      studentRows.add(new Student(fixture.student(i), Fixture.studentName(i)));
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
    return students.insert(new Student(null, name));
  }

  @Override
  public Student findStudent(int student) {
    return students.findById(studentRows.get(student).id()).orElse(null);
  }

  @Override
  public boolean addClass(int student, int course) {
    return students.classes(studentRows.get(student)).add(courses.get(course));
  }

  @Override
  public List<Course> classesOf(int student) {
    return students.classes(studentRows.get(student)).all();
  }

  @Override
  public int addAllClasses(int student) {
    return students.classes(studentRows.get(student)).addAll(courses);
  }

  @Override
  public Map<Student, List<Course>> classesOfStudents(int first, int count) {
    return students.classesOf(studentRows.subList(first, first + count));
  }

  @Override
  public List<Post> timeline(int reader) {
    return posts.query()
        .where(FOLLOWED_OR_MINE, "me", readers.get(reader).id())
        .orderBy("t.timestamp DESC")
        .orderBy("t.id DESC")
        .page(0, Fixture.PAGE);
  }

  @Override
  public void close() {}
}
