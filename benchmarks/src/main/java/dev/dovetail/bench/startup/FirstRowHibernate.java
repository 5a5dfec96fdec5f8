package dev.dovetail.bench.startup;

import dev.dovetail.bench.orm.Orm;
import dev.dovetail.bench.orm.Student;
import org.hibernate.SessionFactory;

/** Start-up, Hibernate ORM: build the session factory of the four entities, find one. */
public final class FirstRowHibernate {
  private FirstRowHibernate() {}

  /** Prints the student's name as soon as the row is read. Arguments: url, user, student id. */
  public static void main(String[] args) {
    SessionFactory sessions = Orm.on(args[0], args[1]);
    FirstRow.report(sessions.fromSession(s -> s.find(Student.class, Long.parseLong(args[2]))).getName());
  }
}
