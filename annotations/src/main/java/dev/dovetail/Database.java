package dev.dovetail;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Groups entities into one schema and one generated entry point. On an interface {@code School}:
 *
 * <pre>{@code
 * @Database(entities = {Student.class, Course.class})
 * public interface School {}
 *
 * SchoolDb db = SchoolDb.create(dataSource);   // or SchoolDb.create(jdbi)
 * db.createSchema();
 * db.students().insert(new Student(null, "Ada"));
 * }</pre>
 *
 * The processor writes {@code SchoolDb} (a DAO accessor per entity, one accessor per {@link Queries} type
 * listed in {@link #queries()}, {@code inTransaction}), and the resources
 * {@code META-INF/dovetail/School/<dialect>.sql} (the DDL for each database) and
 * {@code META-INF/dovetail/School/schema.json} (the schema snapshot).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Database {
  /** The entities of this schema. Every relationship target must be among them. */
  Class<?>[] entities();

  /**
   * The {@link Queries} types whose statements run on this schema. Each gets an accessor on the generated
   * entry point named after it ({@code Reports} → {@code db.reports()}), and its statements are prepared
   * against this schema at compile time.
   */
  Class<?>[] queries() default {};

  /**
   * The database the declared queries are written for, by its dialect name ({@code "postgresql"}); the
   * compile-time check then prepares them in H2's compatibility mode for that database. Empty: H2's own
   * mode. It does not choose the dialect at run time, which is detected from the connection.
   */
  String target() default "";
}
