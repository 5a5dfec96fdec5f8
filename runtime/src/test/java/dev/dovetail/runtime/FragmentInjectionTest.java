package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.dovetail.fixture.Model.Post;
import dev.dovetail.fixture.Model.User;
import dev.dovetail.fixture.SchoolFixture;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;

/**
 * String fragments given to {@code where} and {@code orderBy} of a relationship can only narrow it: a corpus of
 * injection payloads (parenthesis escapes, tautologies, the comments of each engine, stacked statements, UNION,
 * quote tricks with backslashes and dollar quotes, look-alike characters) is either refused with a message
 * naming the fragment, or runs and returns rows of the owner alone, on every engine. Legitimate fragments still
 * work, and {@code orderBy(String)} takes column references only.
 */
class FragmentInjectionTest extends SchoolFixture {
  private User ann;
  private User ben;
  private Post annsPost;

  /** The payloads for {@code where}, each to be refused or kept within the owner's rows. */
  static final List<String> WHERE_PAYLOADS = List.of(
      "t.id > 0) OR (1 = 1",
      "1 = 1) OR (1 = 1",
      "1 = 1)) OR ((1 = 1",
      "1 = 1) OR 1 = 1 OR (1 = 1",
      "1 = 1 OR 1 = 1",
      "t.id > 0 OR 'a' = 'a'",
      "t.id = t.id OR t.id <> t.id",
      "t.id > 0 /* */) OR (1 = 1",
      "t.id > 0 /*) OR (1 = 1*/",
      "t.id > 0 /*! OR 1 = 1 */",
      "t.id > 0 --",
      "t.id > 0 -- ) OR (1 = 1",
      "t.id > 0) OR 1 = 1 --",
      "t.id > 0 --\n) OR (1 = 1",
      "t.id > 0 #",
      "t.id > 0) OR 1 = 1 #",
      "t.id > 0 #\n) OR (1 = 1",
      "t.id > 0 // ) OR (1 = 1",
      "t.id > 0)\nOR\n(1 = 1",
      "1 = 1); DELETE FROM follows; SELECT (1",
      "1 = 1; DROP TABLE users",
      "1 = 0) UNION SELECT * FROM users WHERE (1 = 1",
      "1 = 0 UNION SELECT t.* FROM users t",
      "1 = 0) UNION ALL (SELECT id, username FROM users",
      "t.id IN (SELECT u.id FROM users u)",
      "EXISTS (SELECT 1 FROM users u WHERE u.username = 'cat')",
      "t.username = 'x\\') OR (1 = 1) OR (\\'x' = 'x'",
      "t.username = 'x\\' ) OR 1 = 1 OR (''",
      "t.username = '\\\\' ) OR (1 = 1 OR '\\\\' = '\\\\'",
      "t.username = \"x\\\") OR (1 = 1) OR (\\\"x\" = \"x\"",
      "t.username = E'\\') OR (1 = 1) OR (\\''",
      "t.username = e'x\\' ) OR (1 = 1 OR ''",
      "t.username = $$) OR (1 = 1$$",
      "t.username = $a$ $$ ) OR (1 = 1 $$ $a$",
      "t.username = $$ ' $$) OR (1 = 1 OR ' = '",
      "t.id > $1) OR ($1 = $1",
      "t.username = 'a'' ) OR (1 = 1 OR ''a'",
      "t.username = 'x' OR 'a' = 'a'",
      "t.id > 0 \uFF09 OR \uFF081 = 1",
      "t.username = \uFF07x\uFF07 OR 1 = 1",
      "t.username = \u02BCx\u02BC) OR (1 = 1",
      "t.id > 0\uFF1B DELETE FROM follows",
      "t.id > 0\u0000) OR (1 = 1",
      "t.id > 0 \u2028) OR (1 = 1",
      "t.id > ?) OR (1 = 1",
      "t.id > 0) OR (t.id IN (SELECT id FROM users)",
      "t.\"id\" > 0 OR \"x\"\")OR(1=1\" = 1",
      "t.`id` > 0) OR (`x` = `x`",
      "[t]) OR ([1]",
      "t.username = 'a' \\) OR (1 = 1",
      "{fn now()}) OR (1 = 1",
      "1 = 1) LIMIT 100 OFFSET (0",
      "1 = 1) ORDER BY (1",
      "t.id > 0) OR (SELECT COUNT(*) FROM users) > (0",
      "t.id > 0 ) OR ( 1 = 1 ) AND ( 1 = 1");

  /** Payloads for {@code orderBy}: none is a list of column references, so each is refused. */
  static final List<String> ORDER_PAYLOADS = List.of(
      "CASE WHEN (SELECT COUNT(*) FROM users) > 1 THEN t.id ELSE t.username END",
      "(SELECT username FROM users WHERE id = 1)",
      "t.id, (SELECT 1)",
      "t.username; DROP TABLE users",
      "t.username -- x",
      "t.username /* x */",
      "t.username # x",
      "1",
      "t.id DESC LIMIT 1",
      "t.id) x",
      "LENGTH(t.username)",
      "t.username COLLATE \"C\"",
      "t.nosuchcolumn",
      "u.id",
      "t.username DESC DESC",
      "t.username NULLS",
      "t.username NULLS MIDDLE",
      "",
      "t.",
      ",t.id",
      "t.id,",
      "@@version",
      "t.username \uFF21SC",
      "t.id + 0",
      "t.id IS NULL");

  @BeforeEach
  void twoOwners() {
    ann = user("ann");
    ben = user("ben");
    User cat = user("cat");
    User dan = user("dan");
    User eve = user("eve");
    db.users().followed(ann).add(ben);
    db.users().followed(cat).addAll(List.of(dan, eve, ann));
    annsPost = db.posts().insert(new Post(null, "ann's", Instant.parse("2024-01-01T00:00:00Z"), ann.id()));
    db.posts().insert(new Post(null, "cat's", Instant.parse("2024-01-02T00:00:00Z"), cat.id()));
    db.posts().insert(new Post(null, "nobody's", Instant.parse("2024-01-03T00:00:00Z"), null));
  }

  @DatabaseTest
  void theReportedEscapesAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> db.users().followed(ann).where("t.id > 0) OR (1 = 1").all());
    assertTrue(e.getMessage().contains("t.id > 0) OR (1 = 1"), e.getMessage());
    assertTrue(e.getMessage().contains("parenthes"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> db.users().followed(ann).where("t.id > 0 /* */"));
    assertTrue(e.getMessage().contains("comment"), e.getMessage());
    if (database.kind() == TestDatabase.Kind.MARIADB) {
      e = assertThrows(IllegalArgumentException.class, () -> db.users().followed(ann).where("t.id > 0 # x"));
      assertTrue(e.getMessage().contains("comment"), e.getMessage());
    }
    String oracle = "CASE WHEN (SELECT COUNT(*) FROM users) > 3 THEN t.id ELSE 0 END";
    e = assertThrows(IllegalArgumentException.class, () -> db.users().followed(ann).orderBy(oracle));
    assertTrue(e.getMessage().contains(oracle), e.getMessage());
    assertTrue(e.getMessage().contains("NULLS LAST"), "says what is accepted: " + e.getMessage());
    assertTrue(e.getMessage().contains("typed"), "points to typed orderings: " + e.getMessage());
  }

  @DatabaseTest
  void whereFragmentsOnlyNarrow() {
    List<Long> before = List.of(rows("users"), rows("follows"), rows("posts"));
    int[] outcomes = new int[3];
    for (String payload : WHERE_PAYLOADS) {
      outcomes[tryWhere(db.users().followed(ann), Set.of(ben), payload)]++;
      outcomes[tryWhere(db.users().posts(ann), Set.of(annsPost), payload)]++;
    }
    assertEquals(before, List.of(rows("users"), rows("follows"), rows("posts")), "a payload changed the database");
    System.out.printf("%s: %d where payloads x 2 handles: %d refused by the fragment check, %d by the database, "
        + "%d ran within the owner's rows%n", database.kind(), WHERE_PAYLOADS.size(), outcomes[0], outcomes[1],
        outcomes[2]);
  }

  /** 0: refused by the check, 1: refused by the database, 2: ran, returning only {@code owners}. */
  private int tryWhere(RelationQuery<?> handle, Set<?> owners, String payload) {
    RelationQuery<?> query;
    try {
      query = handle.where(payload, Map.of());
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage().contains("where(\"") && e.getMessage().contains("trusted SQL"),
          () -> "the refusal names the fragment and says how to pass values: " + e.getMessage());
      return 0;
    }
    List<?> rows;
    long count;
    try {
      rows = query.all();
      count = query.count();
    } catch (DovetailException e) {
      return 1;
    }
    if (!owners.containsAll(rows) || count > owners.size()) {
      fail(database.kind() + ": where(\"" + payload + "\") widened the query to " + rows + " (count " + count + ")");
    }
    return 2;
  }

  @DatabaseTest
  void orderByTakesColumnReferencesOnly() {
    for (String payload : ORDER_PAYLOADS) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> db.users().followed(ann).orderBy(payload).all(), () -> "orderBy(\"" + payload + "\") was run");
      assertTrue(e.getMessage().contains("orderBy(\"") && e.getMessage().contains("typed"), e.getMessage());
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> db.users().followed(ann).orderBy("t.nosuchcolumn"));
    assertTrue(e.getMessage().contains("username"), "lists the columns: " + e.getMessage());
  }

  @DatabaseTest
  void legitimateFragmentsStillWork() {
    assertEquals(List.of(ben), db.users().followed(ann).where("t.username LIKE :p", "p", "b%").all());
    assertEquals(List.of(), db.users().followed(ann).where("t.username IS NULL").all());
    assertEquals(List.of(ben), db.users().followed(ann).where("((t.id > 0) AND ((t.id < :max)))", "max",
        Long.MAX_VALUE).all());
    assertEquals(List.of(ben), db.users().followed(ann).where("t.username <> 'a)b' AND t.username <> 'c--d' "
        + "AND t.username <> 'it''s' AND t.username NOT IN ('/*', ';', '#', '?', ':x', '(')").all());
    assertEquals(List.of(ben), db.users().followed(ann).where("t.id IN (SELECT f.followed_id FROM follows f)").all());
    assertEquals(List.of(ben), db.users().followed(ann).where("j.follower_id = :me", "me", ann.id()).all());
    switch (database.kind()) {
      case POSTGRESQL -> {
        assertEquals(List.of(ben), db.users().followed(ann).where("t.username <> $$a)b$$ AND t.username <> "
            + "$q$ ' $q$ AND t.username <> E'x\\'y' AND t.id::text <> 'x'").all());
        assertEquals(List.of(ben), db.users().followed(ann).where("t.\"username\" = 'ben'").all());
      }
      case MARIADB -> assertEquals(List.of(ben), db.users().followed(ann).where("t.`username` = 'ben' "
          + "AND t.username <> 'a\\\\b' AND t.username <> \"a)b\"").all());
      case SQLITE -> assertEquals(List.of(ben), db.users().followed(ann).where("t.[username] = 'ben' "
          + "AND t.`username` = 'ben' AND t.\"username\" = 'ben'").all());
      case H2 -> assertEquals(List.of(ben), db.users().followed(ann).where("t.username <> $$a)b$$").all());
      default -> fail("no case for " + database.kind());
    }
  }

  @DatabaseTest
  void orderByColumnsDirectionsAndNulls() {
    User abe = user("abe");
    db.users().followed(ann).add(abe);
    assertEquals(List.of(abe, ben), db.users().followed(ann).orderBy("t.username").all());
    assertEquals(List.of(ben, abe), db.users().followed(ann).orderBy("username DESC").all());
    assertEquals(List.of(ben, abe), db.users().followed(ann).orderBy("T.USERNAME desc, t.id").all());
    String quoted = database.kind() == TestDatabase.Kind.MARIADB ? "t.`username`" : "t.\"username\"";
    assertEquals(List.of(abe, ben), db.users().followed(ann).orderBy(quoted + " ASC").all());
    assertEquals(List.of(abe, ben), db.users().followed(ann).orderBy("j.follower_id, t.username").all());
    List<String> nullsLast = new ArrayList<>();
    db.posts().query().orderBy("t.author_id ASC NULLS LAST, t.id").all().forEach(p -> nullsLast.add(p.body()));
    assertEquals(List.of("ann's", "cat's", "nobody's"), nullsLast);
    List<String> nullsFirst = new ArrayList<>();
    db.posts().query().orderBy("t.author_id DESC NULLS FIRST").all().forEach(p -> nullsFirst.add(p.body()));
    assertEquals(List.of("nobody's", "cat's", "ann's"), nullsFirst);
  }
}
