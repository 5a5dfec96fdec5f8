package dev.dovetail.bench.contender;

import dev.dovetail.bench.Fixture;
import dev.dovetail.bench.orm.Course;
import dev.dovetail.bench.orm.Orm;
import dev.dovetail.bench.orm.Post;
import dev.dovetail.bench.orm.Student;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;

/**
 * Hibernate ORM 7 the usual way: a session per operation, a transaction around each write, entities
 * modified through their mapped collections; reads use the fewest queries Hibernate offers for them (a join
 * query for one student's classes, multi-id loading plus batch fetching for many).
 */
public final class HibernateContender implements Contender {
  private static final String CLASSES_OF = "select c from Student s join s.classes c where s.id = :id";
  private static final String TIMELINE = "select p from Post p where p.author.id = :me "
      + "or p.author.id in (select f.id from User u join u.followed f where u.id = :me) "
      + "order by p.timestamp desc, p.id desc";

  private final Fixture fixture;
  private final SessionFactory sessions;
  private final List<Long> studentIds = new ArrayList<>(Fixture.STUDENTS);

  /** Works on {@code fixture}'s data. */
  public HibernateContender(Fixture fixture) {
    this.fixture = fixture;
    this.sessions = Orm.on(fixture.dataSource());
    for (int i = 0; i < Fixture.STUDENTS; i++) {
      studentIds.add(fixture.student(i));
    }
  }

  @Override
  public Student insertStudent(String name) {
    return sessions.fromTransaction(session -> {
      Student student = new Student(name);
      session.persist(student);
      return student;
    });
  }

  @Override
  public Student findStudent(int student) {
    return sessions.fromSession(session -> session.find(Student.class, fixture.student(student)));
  }

  @Override
  public boolean addClass(int student, int course) {
    return sessions.fromTransaction(session -> session.find(Student.class, fixture.student(student)).getClasses()
        .add(session.getReference(Course.class, fixture.course(course))));
  }

  @Override
  public List<Course> classesOf(int student) {
    return sessions.fromSession(session -> session.createSelectionQuery(CLASSES_OF, Course.class)
        .setParameter("id", fixture.student(student))
        .getResultList());
  }

  @Override
  public int addAllClasses(int student) {
    return sessions.fromTransaction(session -> {
      Student owner = session.find(Student.class, fixture.student(student));
      int added = 0;
      for (int k = 0; k < Fixture.COURSES; k++) {
        if (owner.getClasses().add(session.getReference(Course.class, fixture.course(k)))) {
          added++;
        }
      }
      return added;
    });
  }

  @Override
  public Map<Long, List<Course>> classesOfStudents(int first, int count) {
    return sessions.fromSession(session -> {
      List<Student> students = session.findMultiple(Student.class, studentIds.subList(first, first + count));
      Map<Long, List<Course>> out = new HashMap<>(count * 2);
      for (Student s : students) {
        out.put(s.getId(), new ArrayList<>(s.getClasses()));
      }
      return out;
    });
  }

  @Override
  public List<Post> timeline(int reader) {
    return sessions.fromSession(session -> session.createSelectionQuery(TIMELINE, Post.class)
        .setParameter("me", fixture.reader(reader))
        .setMaxResults(Fixture.PAGE)
        .getResultList());
  }

  @Override
  public void close() {
    sessions.close();
  }
}
