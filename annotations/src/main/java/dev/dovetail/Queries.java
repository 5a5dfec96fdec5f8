package dev.dovetail;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface (or an abstract class) whose abstract methods are SQL statements: each carries a
 * {@link Query} or an {@link Update}, and the processor writes the implementation. List it in
 * {@link Database#queries()}; the generated entry point then has an accessor named after it, and the
 * statements run in the database's transactions:
 *
 * <pre>{@code
 * @Queries
 * public interface Reports {
 *   @Query("SELECT s.* FROM students s WHERE s.name LIKE :prefix ORDER BY s.name")
 *   List<Student> studentsNamed(String prefix);
 *
 *   @Update("UPDATE students SET name = :name WHERE id = :id")
 *   int rename(long id, String name);
 * }
 *
 * @Database(entities = {Student.class, Course.class}, queries = Reports.class)
 * public interface School {}
 *
 * db.reports().studentsNamed("A%");
 * db.inTransaction(tx -> tx.reports().rename(1, "Ada"));   // joins the transaction
 * }</pre>
 *
 * <p>Every statement is prepared against the schema at compile time: a mistyped table or column, a syntax
 * error, a parameter nobody binds or a result that cannot build the return type is a compile error on the
 * method.
 *
 * <p>Named {@code Queries} rather than {@code Dao}, because the generated per-entity classes are already
 * called DAOs ({@code StudentDao}); a type of this kind holds the statements the DAOs cannot write.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Queries {}
