package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dovetail.filter.ComparableColumn;
import dev.dovetail.filter.Condition;
import dev.dovetail.filter.StringColumn;
import dev.dovetail.fixture.Model.Everything;
import dev.dovetail.fixture.SchoolDb;
import dev.dovetail.fixture.SchoolFixture;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;

/**
 * A typed {@code in(...)} of 100,000 values, more than any engine binds as parameters of one statement
 * (PostgreSQL and MariaDB take 65,535, SQLite 32,766): each engine gets them some other way, and the rows
 * that come back, for {@code IN} and {@code NOT IN}, are those Java picks from the same rows.
 */
class ManyValuesInTest extends SchoolFixture {
  private static final int VALUES = 100_000;
  private static final int ROWS = 1_000;
  private static final ComparableColumn<Everything, Long> BIG =
      new ComparableColumn<>("everything", "big", ColumnType.BIGINT);
  private static final StringColumn<Everything> CODE = new StringColumn<>("everything", "code", ColumnType.VARCHAR);
  private static final StringColumn<Everything> TEXT = new StringColumn<>("everything", "text", ColumnType.TEXT);

  /** Rows 0..999: big = 7 * i (every 7th of 0..6,993), code = "c" + 7 * i, text with quotes and a backslash. */
  @BeforeEach
  void rows() {
    List<Everything> rows = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      rows.add(new Everything(i, null, null, null, 7L * i, null, null, null, null, "c" + 7 * i, text(7 * i), null,
          null, null, null, null));
    }
    db.everything().insertAll(rows);
  }

  private static String text(int n) {
    return "\"q\\" + n + "'";
  }

  /** MariaDB's driver writes parameters into the text unless told to prepare on the server, which has a limit. */
  private List<SchoolDb> databases() {
    return database.kind() == TestDatabase.Kind.MARIADB
        ? List.of(db, SchoolDb.create(database.withMariaDbOptions("useServerPrepStmts=true").jdbi(), database.dialect()))
        : List.of(db);
  }

  @DatabaseTest
  void longs() {
    // 0, 2, 4, ... : every even one of the rows' values matches.
    List<Long> values = new ArrayList<>();
    for (long v = 0; values.size() < VALUES; v += 2) {
      values.add(v);
    }
    check(BIG.in(values), e -> e.big() % 2 == 0);
    check(BIG.in(values).not(), e -> e.big() % 2 != 0);
  }

  @DatabaseTest
  void strings() {
    List<String> codes = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int v = 0; codes.size() < VALUES; v += 3) {
      codes.add("c" + v);
      texts.add(text(v));
    }
    check(CODE.in(codes), e -> e.big() % 3 == 0);
    check(CODE.in(codes).not(), e -> e.big() % 3 != 0);
    check(TEXT.in(texts), e -> e.big() % 3 == 0);
    check(TEXT.in(texts).not().and(BIG.lt(100L)), e -> e.big() % 3 != 0 && e.big() < 100);
  }

  private void check(Condition condition, Predicate<Everything> java) {
    Set<Integer> expected = new TreeSet<>();
    for (int i = 0; i < ROWS; i++) {
      if (java.test(new Everything(i, null, null, null, 7L * i, null, null, null, null, null, null, null, null, null,
          null, null))) {
        expected.add(i);
      }
    }
    for (SchoolDb on : databases()) {
      Set<Integer> found = new TreeSet<>();
      on.everything().query().where(condition).all().forEach(e -> found.add(e.id()));
      assertEquals(expected, found);
      assertEquals(expected.size(), on.everything().query().where(condition).count());
    }
  }
}
