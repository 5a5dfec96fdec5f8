package dev.dovetail.sample;

import dev.dovetail.sample.microblog.MicroblogDb;
import dev.dovetail.sample.microblog.Post;
import dev.dovetail.sample.microblog.Post_;
import dev.dovetail.sample.microblog.User;
import dev.dovetail.sample.microblog.User_;
import dev.dovetail.sample.school.Course;
import dev.dovetail.sample.school.SchoolDb;
import dev.dovetail.sample.school.Student;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * The seed's two sessions, in Java: students and classes through {@code registrations}, and users
 * following users, with posts and the timeline.
 *
 * <p>Runs against embedded H2 by default; pass a JDBC URL to run against another database, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}, {@code jdbc:mariadb://127.0.0.1:3306/test?user=root}
 * or {@code jdbc:sqlite:sample.db}. It drops and recreates its own six tables.
 */
public final class SampleApp {
  private SampleApp() {}

  /** Runs both examples, printing what it does. */
  public static void main(String[] args) {
    String url = args.length > 0 ? args[0] : "jdbc:h2:mem:dovetail-sample;DB_CLOSE_DELAY=-1";
    Jdbi jdbi = Jdbi.create(withAffectedRows(url));
    say("Database: " + url);
    school(SchoolDb.create(jdbi));
    microblog(MicroblogDb.create(jdbi));
  }

  static void school(SchoolDb db) {
    say("\n== School: students and classes through registrations (" + db.dialect() + ") ==");
    db.dropSchema();
    db.createSchema();
    Student susan = db.students().insert(new Student(null, "Susan"));
    Student david = db.students().insert(new Student(null, "David"));
    List<Course> courses = db.courses().insertAll(List.of(
        new Course(null, "Maths"), new Course(null, "Physics"), new Course(null, "Literature")));
    Course maths = courses.get(0);
    Course physics = courses.get(1);
    say("inserted " + susan + ", " + david + " and " + courses);

    say("susan.classes.append(maths): " + db.students().classes(susan).add(maths));
    say("susan.classes.append(maths) again: " + db.students().classes(susan).add(maths) + " (already registered)");
    say("susan.classes.append(physics): " + db.students().classes(susan).add(physics));
    say("david.classes.extend(all three): " + db.students().classes(david).addAll(courses) + " new registrations");

    say("susan.classes.all(): " + names(db.students().classes(susan).orderBy("t.name").all(), Course::name));
    say("maths.students.all(): " + names(db.courses().students(maths).orderBy("t.name").all(), Student::name));
    say("physics.students.count(): " + db.courses().students(physics).count());
    say("david's classes starting with 'P': " + names(db.students().classes(david)
        .where("t.name LIKE :prefix", "prefix", "P%").all(), Course::name));

    say("david.classes.remove(maths): " + db.students().classes(david).remove(maths));
    say("maths.students.all(): " + names(db.courses().students(maths).all(), Student::name));
    say("classes of every student, in one query: " + db.students().classesOf(db.students().findAll()).entrySet()
        .stream().map(e -> e.getKey().name() + "=" + names(e.getValue(), Course::name))
        .collect(Collectors.joining(", ")));
  }

  static void microblog(MicroblogDb db) {
    say("\n== Microblog: users following users, posts and the timeline (" + db.dialect() + ") ==");
    db.dropSchema();
    db.createSchema();
    List<User> users = db.users().insertAll(List.of(
        new User(null, "john"), new User(null, "susan"), new User(null, "mary"), new User(null, "david")));
    User john = users.get(0);
    User susan = users.get(1);
    User mary = users.get(2);
    User david = users.get(3);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    db.posts().insertAll(List.of(
        new Post(null, "post from john", now.plusSeconds(1), john.id()),
        new Post(null, "post from susan", now.plusSeconds(4), susan.id()),
        new Post(null, "post from mary", now.plusSeconds(3), mary.id()),
        new Post(null, "post from david", now.plusSeconds(2), david.id())));

    say("john follows susan: " + db.users().followed(john).add(susan));
    say("john follows susan again: " + db.users().followed(john).add(susan) + " (a no-op that says so)");
    say("john follows david: " + db.users().followed(john).add(david));
    say("susan follows mary: " + db.users().followed(susan).add(mary));
    say("mary follows david: " + db.users().followed(mary).add(david));

    say("john.followed: " + names(db.users().followed(john).orderBy(User_.USERNAME.asc()).all(), User::username));
    say("david.followers: " + names(followersPage(db, david, "", 0), User::username));
    say("david.followers starting with 'm': " + names(followersPage(db, david, "m", 0), User::username));
    say("is john following mary? " + db.users().followed(john).contains(mary));
    say("john's timeline: " + names(db.timeline().of(john, 0, 20), Post::body));

    say("john unfollows david: " + db.users().followed(john).remove(david));
    say("john unfollows david again: " + db.users().followed(john).remove(david));
    say("john's timeline: " + names(db.timeline().of(john, 0, 20), Post::body));
    say("susan's posts: " + names(db.users().posts(susan).all(), Post::body));
    say("author of the newest post: " + db.posts().query().orderBy(Post_.TIMESTAMP.desc()).first()
        .flatMap(p -> db.posts().author(p)).map(User::username).orElse("?"));
  }

  /**
   * MariaDB and MySQL connections must count changed rows, not matched ones, for Dovetail to tell a new link from
   * an existing one: the option is added to such a URL when it is not there.
   */
  static String withAffectedRows(String url) {
    boolean mysqlProtocol = url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:");
    if (!mysqlProtocol || url.toLowerCase(java.util.Locale.ROOT).contains("useaffectedrows=")) {
      return url;
    }
    return url + (url.contains("?") ? "&" : "?") + "useAffectedRows=true";
  }

  /**
   * The followers page: page {@code page} of 20 followers of {@code user} whose names start with
   * {@code prefix} (taken literally, {@code %} and {@code _} included), in name order, with typed filters.
   */
  static List<User> followersPage(MicroblogDb db, User user, String prefix, int page) {
    return db.users().followers(user)
        .where(User_.USERNAME.startsWith(prefix))
        .orderBy(User_.USERNAME.asc(), User_.ID.asc())
        .page(page, 20);
  }

  private static <T> List<String> names(List<T> items, java.util.function.Function<T, String> name) {
    return items.stream().map(name).toList();
  }

  private static void say(String line) {
    System.out.println(line);
  }
}
