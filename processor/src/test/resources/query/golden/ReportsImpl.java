package test;

import dev.dovetail.runtime.internal.DaoContext;
import dev.dovetail.runtime.internal.DeclaredQuery;
import dev.dovetail.runtime.internal.DeclaredUpdate;
import dev.dovetail.runtime.internal.ParameterBinder;
import dev.dovetail.schema.ColumnType;
import java.lang.Long;
import java.lang.Override;
import java.lang.String;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;

/**
 * The statements of {@link Reports}, checked against the schema of {@code School} when this was generated.
 * Get it from {@code SchoolDb.reports()}; inside {@code db.inTransaction(tx -> tx.reports()...)}
 * its statements join the transaction.
 *
 * <p>Generated from the {@code @Queries} declaration: edit that, not this file.
 */
@Generated("dev.dovetail.processor.DovetailProcessor")
public final class ReportsImpl implements Reports {
  /**
   * The statement of {@code atLeast}, as written: {@code SELECT c.* FROM courses c WHERE c.credits >= :min ORDER BY c.title}
   */
  private static final DeclaredQuery<Course> AT_LEAST = DeclaredQuery.ofEntity("Reports.atLeast",
      "SELECT c.* FROM courses c WHERE c.credits >= ? ORDER BY c.title",
      CourseDao.Mapping.INSTANCE);

  /**
   * The statement of {@code titled}, as written: {@code SELECT c.credits, c.title, c.id FROM courses c WHERE c.title = :title}
   */
  private static final DeclaredQuery<Course> TITLED = DeclaredQuery.ofEntity("Reports.titled",
      "SELECT c.credits, c.title, c.id FROM courses c WHERE c.title = ?",
      CourseDao.Mapping.INSTANCE);

  /**
   * The statement of {@code credits}, as written: {@code SELECT c.title AS course_title, c.credits FROM courses c}
   */
  private static final DeclaredQuery<Reports.Credit> CREDITS = DeclaredQuery.of("Reports.credits",
      "SELECT c.title AS course_title, c.credits FROM courses c",
      List.of("course_title", "credits"), (rs, at, d) -> {
        String courseTitle = d.getString(rs, at[0]);
        int credits = DeclaredQuery.notNull(d.getInteger(rs, at[1]), "Credit.credits (int) in Reports.credits");
        return new Reports.Credit(courseTitle, credits);
      });

  /**
   * The statement of {@code count}, as written: {@code SELECT COUNT(*) FROM courses c WHERE c.credits BETWEEN :low AND :high}
   */
  private static final DeclaredQuery<Long> COUNT = DeclaredQuery.ofValue("Reports.count",
      "SELECT COUNT(*) FROM courses c WHERE c.credits BETWEEN ? AND ?",
      (rs, at, d) -> d.getLong(rs, at[0]));

  /**
   * The statement of {@code setCredits}, as written: {@code UPDATE courses SET credits = :credits WHERE id = :id}
   */
  private static final DeclaredUpdate SET_CREDITS = DeclaredUpdate.of("Reports.setCredits",
      "UPDATE courses SET credits = ? WHERE id = ?");

  private final DaoContext ctx;

  /**
   * Statements running in {@code ctx}.
   */
  public ReportsImpl(DaoContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public List<Course> atLeast(int min) {
    return AT_LEAST.list(this.ctx, (ps, d) -> {
      d.bind(ps, 1, min, ColumnType.INTEGER);
    });
  }

  @Override
  public Optional<Course> titled(String title) {
    return TITLED.optional(this.ctx, (ps, d) -> {
      d.bind(ps, 1, title, ColumnType.VARCHAR);
    });
  }

  @Override
  public Stream<Reports.Credit> credits() {
    return CREDITS.stream(this.ctx, ParameterBinder.NONE);
  }

  @Override
  public long count(int low, int high) {
    return COUNT.value(this.ctx, (ps, d) -> {
      d.bind(ps, 1, low, ColumnType.INTEGER);
      d.bind(ps, 2, high, ColumnType.INTEGER);
    });
  }

  @Override
  public boolean setCredits(long id, int credits) {
    return SET_CREDITS.run(this.ctx, (ps, d) -> {
      d.bind(ps, 1, credits, ColumnType.INTEGER);
      d.bind(ps, 2, id, ColumnType.BIGINT);
    }) > 0;
  }
}
