package com.example.school;

import dev.dovetail.OnDelete;
import dev.dovetail.dialect.Dialect;
import dev.dovetail.runtime.DovetailDatabase;
import dev.dovetail.runtime.internal.DaoContext;
import dev.dovetail.runtime.internal.RuntimeVersion;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.TableDef;
import java.lang.Override;
import javax.annotation.processing.Generated;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The {@code School} database: one DAO per entity, its schema, and transactions spanning them.
 *
 * <pre>{@code
 * SchoolDb db = SchoolDb.create(dataSource);   // or create(jdbi)
 * db.createSchema();
 * }</pre>
 *
 * <p>Generated from the {@code @Database} declaration: edit that, not this file.
 */
@Generated("dev.dovetail.processor.DovetailProcessor")
public final class SchoolDb extends DovetailDatabase<SchoolDb> implements School {
  /**
   * Every table of {@code School}, association tables included, in foreign-key order.
   */
  public static final SchemaDef SCHEMA;

  static {
    // The golden file's version is the build's: GeneratedSourcesTest writes it in place of the marker.
    RuntimeVersion.check("@DOVETAIL_VERSION@", "com.example.school.SchoolDb");
    SCHEMA = SchemaDef.ordered("School",
        StudentDao.Mapping.INSTANCE.table(),
        CourseDao.Mapping.INSTANCE.table(),
        TableDef.builder("registrations")
            .column("student_id", ColumnType.BIGINT, false)
            .column("class_id", ColumnType.BIGINT, false)
            .primaryKey("student_id", "class_id")
            .foreignKey("fk_registrations_student_id", "student_id", "students", "id", OnDelete.CASCADE)
            .foreignKey("fk_registrations_class_id", "class_id", "classes", "id", OnDelete.CASCADE)
            .index("ix_registrations_class_id", false, "class_id")
            .build());
  }

  private final StudentDao students;

  private final CourseDao courses;

  private SchoolDb(DaoContext ctx) {
    super(ctx);
    this.students = new StudentDao(ctx);
    this.courses = new CourseDao(ctx);
  }

  /**
   * The database on {@code jdbi}, its dialect detected from the database's product name.
   */
  public static SchoolDb create(Jdbi jdbi) {
    return new SchoolDb(DaoContext.of(jdbi));
  }

  /**
   * The database on {@code jdbi}, writing SQL in {@code dialect}.
   */
  public static SchoolDb create(Jdbi jdbi, Dialect dialect) {
    return new SchoolDb(DaoContext.of(jdbi, dialect));
  }

  /**
   * The database on {@code dataSource} (a pool, as a rule), its dialect detected from the database's
   * product name. Each call takes a connection of its own; JDBI is started only for transactions,
   * so this starts faster than {@link #create(Jdbi)}.
   */
  public static SchoolDb create(DataSource dataSource) {
    return new SchoolDb(DaoContext.of(dataSource));
  }

  /**
   * The database on {@code dataSource}, writing SQL in {@code dialect}.
   */
  public static SchoolDb create(DataSource dataSource, Dialect dialect) {
    return new SchoolDb(DaoContext.of(dataSource, dialect));
  }

  /**
   * The DAO of {@link Student}, table {@code students}.
   */
  public StudentDao students() {
    return students;
  }

  /**
   * The DAO of {@link Course}, table {@code classes}.
   */
  public CourseDao courses() {
    return courses;
  }

  /**
   * {@link #SCHEMA}.
   */
  @Override
  public SchemaDef schema() {
    return SCHEMA;
  }

  @Override
  protected SchoolDb withContext(DaoContext context) {
    return new SchoolDb(context);
  }
}
