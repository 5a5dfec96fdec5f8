package dev.dovetail.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.schema.ColumnType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How conditions and orderings render: SQL with a {@code ?} per value, the values and their column types. */
class ConditionTest {
  /** A metamodel as the processor writes one, for a table whose name and one column are reserved words. */
  static final class User_ {
    static final ComparableColumn<Object, Long> ID = new ComparableColumn<>("user", "id", ColumnType.BIGINT);
    static final StringColumn<Object> NAME = new StringColumn<>("user", "name", ColumnType.VARCHAR);
    static final StringColumn<Object> GROUP = new StringColumn<>("user", "group", ColumnType.VARCHAR);
    static final ComparableColumn<Object, Instant> SEEN =
        new ComparableColumn<>("user", "seen", ColumnType.TIMESTAMP_TZ);
    static final ComparableColumn<Object, Long> FOLLOWER = new ComparableColumn<>("follows", "follower_id",
        ColumnType.BIGINT);
  }

  private static Rendering render(Condition condition) {
    Rendering out = new Rendering(Dialect.POSTGRESQL, table -> switch (table) {
      case "user" -> "t";
      case "follows" -> "j";
      default -> throw new IllegalArgumentException("no table " + table);
    });
    condition.render(out);
    return out;
  }

  @Test
  void comparisonsBindTheirValueWithTheColumnsType() {
    Rendering r = render(User_.ID.ge(3L).and(User_.SEEN.lt(Instant.EPOCH)));
    assertEquals("(t.id >= ? AND t.seen < ?)", r.sql());
    assertEquals(List.of(3L, Instant.EPOCH), r.values());
    assertEquals(List.of(ColumnType.BIGINT, ColumnType.TIMESTAMP_TZ), r.types());
  }

  @Test
  void reservedColumnNamesAreQuotedAndOtherTablesGetTheirAlias() {
    Rendering r = render(User_.GROUP.eq("admins").or(User_.FOLLOWER.in(List.of(1L, 2L))).not());
    assertEquals("NOT ((t.\"group\" = ? OR j.follower_id IN (?, ?)))", r.sql());
    assertEquals(List.of("admins", 1L, 2L), r.values());
  }

  @Test
  void textMatchesBindTheTextAsItIsAndLikeTakesTheCallersPattern() {
    Rendering r = render(User_.NAME.startsWith("50%_off!"));
    assertEquals("LEFT(t.name, CHAR_LENGTH(?)) = ?", r.sql());
    assertEquals(List.of("50%_off!", "50%_off!"), r.values());
    assertEquals("POSITION(? IN t.name) > 0", render(User_.NAME.contains("'; --")).sql());
    assertEquals(List.of("'; --"), render(User_.NAME.contains("'; --")).values());
    assertEquals("t.name IS NOT NULL", render(User_.NAME.endsWith("")).sql(), "every text ends with nothing");
    assertEquals("t.name LIKE ? ESCAPE '!'", render(User_.NAME.like("a_%")).sql());
    assertEquals(List.of("a_%"), render(User_.NAME.like("a_%")).values(), "like's wildcards are the caller's");
  }

  @Test
  void nullsEmptyListsAndEmptyJunctions() {
    assertEquals("t.name IS NULL", render(User_.NAME.eq(null)).sql());
    assertEquals("t.name IS NOT NULL", render(User_.NAME.ne(null)).sql());
    assertEquals("1 = 0", render(User_.ID.in(List.of())).sql());
    assertEquals("t.id BETWEEN ? AND ?", render(User_.ID.between(1L, 9L)).sql());
    assertEquals("1 = 1", render(Condition.all()).sql());
    assertEquals("1 = 0", render(Condition.any()).sql());
    NullPointerException e = assertThrows(NullPointerException.class, () -> User_.ID.lt(null));
    assertTrue(e.getMessage().contains("use isNull() / isNotNull()"), e.getMessage());
    assertThrows(NullPointerException.class, () -> User_.ID.in(Arrays.asList(1L, null)));
  }

  @Test
  void orderings() {
    Rendering r = new Rendering(Dialect.H2, table -> "t");
    User_.GROUP.desc().render(r);
    assertEquals("t.\"group\" DESC", r.sql());
    // Orderings are values: two made alike are equal, whatever instance each call returns.
    Ordering ascending = User_.ID.asc();
    Ordering again = User_.ID.asc();
    assertEquals(ascending, again);
    assertNotEquals(ascending, User_.ID.desc());
    assertEquals("user.id ASC", User_.ID.asc().toString());
  }

  @Test
  void aTableTheStatementDoesNotReadIsRefused() {
    ComparableColumn<Object, Long> other = new ComparableColumn<>("posts", "id", ColumnType.BIGINT);
    assertThrows(IllegalArgumentException.class, () -> render(other.eq(1L)));
  }
}
