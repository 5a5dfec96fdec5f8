package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dovetail.filter.Condition;
import dev.dovetail.filter.StringColumn;
import dev.dovetail.fixture.Model.Everything;
import dev.dovetail.fixture.SchoolFixture;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@code contains}, {@code startsWith} and {@code endsWith} match their argument literally and case-sensitively,
 * whatever it holds: LIKE wildcards, the escape character, backslashes, NUL, 100,000 characters, characters
 * outside the BMP, letters that differ only in case. Each probe's rows are compared with what Java's
 * {@link String#contains} and friends say of the same values.
 */
class TextMatchTest extends SchoolFixture {
  private static final StringColumn<Everything> TEXT = new StringColumn<>("everything", "text", ColumnType.TEXT);
  private static final String LONG = "ab".repeat(50_000);

  private final List<String> values = new ArrayList<>();

  @BeforeEach
  void hostileValues(TestDatabase database) {
    values.addAll(List.of("100%", "100x", "1000", "a_b", "axb", "a!b", "a!!b", "!%", "back\\slash", "back\\\\slash",
        "it's", "[ab]", "a*b", "a?b", "ABC", "abc", "Abc", "ÜBER", "über", "straße", "STRASSE", "😀 smile",
        "x😀y", "", " ", "trailing ", "trailing", LONG, LONG + "!", "!" + LONG, "ab"));
    // PostgreSQL's text cannot hold NUL at all; every other engine must match it as the character it is.
    if (database.kind() != TestDatabase.Kind.POSTGRESQL) {
      values.addAll(List.of("nul\0byte", "nul", "nulXbyte", "\0", "a\0%"));
    }
    if (database.kind() == TestDatabase.Kind.MARIADB) {
      // The server's default collation, which ignores case and pads with spaces (the tests' databases do not).
      execute("ALTER TABLE everything MODIFY text LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
    }
    for (int i = 0; i < values.size(); i++) {
      db.everything().insert(new Everything(i, null, null, null, null, null, null, null, null, null, values.get(i),
          null, null, null, null, null));
    }
  }

  @DatabaseTest
  void containsMatchesLiterallyAndCaseSensitively(TestDatabase database) {
    check(database, TEXT::contains, String::contains);
  }

  @DatabaseTest
  void startsWithMatchesLiterallyAndCaseSensitively(TestDatabase database) {
    check(database, TEXT::startsWith, String::startsWith);
  }

  @DatabaseTest
  void endsWithMatchesLiterallyAndCaseSensitively(TestDatabase database) {
    check(database, TEXT::endsWith, String::endsWith);
  }

  private void check(TestDatabase database, Function<String, Condition> condition,
      BiPredicate<String, String> java) {
    List<String> probes = new ArrayList<>(List.of("%", "_", "!", "!%", "\\", "\\\\", "'", "[ab]", "*", "?", "a_b",
        "100%", "a!b", "ABC", "abc", "bc", "Ü", "ü", "ß", "SS", "😀", "x😀", "", " ", "trailing ", LONG,
        LONG.substring(0, 99_999), LONG.substring(1), "!" + LONG, LONG + "!"));
    if (database.kind() != TestDatabase.Kind.POSTGRESQL) {
      probes.addAll(List.of("\0", "nul\0", "\0byte", "a\0%", "l\0b"));
    }
    for (String probe : probes) {
      Set<Integer> expected = new TreeSet<>();
      for (int i = 0; i < values.size(); i++) {
        if (java.test(values.get(i), probe)) {
          expected.add(i);
        }
      }
      Set<Integer> found = new TreeSet<>();
      db.everything().query().where(condition.apply(probe)).all().forEach(e -> found.add(e.id()));
      assertEquals(expected, found, () -> "probe " + shown(probe));
    }
  }

  private static String shown(String probe) {
    String text = probe.length() > 40 ? probe.substring(0, 20) + "...(" + probe.length() + " chars)" : probe;
    return "\"" + text.replace("\0", "\\0") + "\"";
  }
}
