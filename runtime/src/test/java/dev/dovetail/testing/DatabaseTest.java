package dev.dovetail.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated method once per database, each run reported under the database's name ({@code [h2]},
 * {@code [postgresql]}). The method, and the class's {@code @BeforeEach} and {@code @AfterEach} methods,
 * may declare parameters of type {@link TestDatabase}, {@link org.jdbi.v3.core.Jdbi} and
 * {@link dev.dovetail.dialect.Dialect}. Every run starts from an empty schema. See the
 * {@linkplain dev.dovetail.testing package documentation} for the whole story.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@TestTemplate
@ExtendWith(DatabaseExtension.class)
public @interface DatabaseTest {
  /** The databases to run on; all of them unless narrowed. */
  TestDatabase.Kind[] value() default {TestDatabase.Kind.H2, TestDatabase.Kind.POSTGRESQL};
}
