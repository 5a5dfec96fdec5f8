package dev.dovetail.sample.school;

import java.util.Arrays;
import org.jdbi.v3.core.Jdbi;

/**
 * A tiny program over a database that migrations maintain (it never creates or drops tables): adds
 * students and lists them, to show in the README's walkthrough that rows survive {@code db upgrade}.
 *
 * <p>{@code Registrar <jdbc-url> add <name>...} or {@code Registrar <jdbc-url> list}.
 */
public final class Registrar {
  private Registrar() {}

  /** Adds or lists students. */
  public static void main(String[] args) {
    if (args.length < 2 || !(args[1].equals("add") || args[1].equals("list"))) {
      System.err.println("usage: Registrar <jdbc-url> add <name>... | Registrar <jdbc-url> list");
      System.exit(2);
    }
    SchoolDb db = SchoolDb.create(Jdbi.create(args[0]));
    if (args[1].equals("add")) {
      Arrays.stream(args, 2, args.length)
          .forEach(name -> System.out.println("added " + db.students().insert(new Student(null, name))));
    }
    db.students().query().orderBy("t.id").all().forEach(System.out::println);
  }
}
