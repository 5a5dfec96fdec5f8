package dev.dovetail.sample.microblog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.testing.DatabaseTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * The timeline's {@code UNION ALL} of two index lookups returns, page by page, exactly what the plain definition
 * does ("my posts and the posts of those I follow, newest first, each once"), on every database: with a user
 * following themselves, users following nobody, and posts sharing a timestamp.
 */
class TimelineTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  @DatabaseTest
  void everyPageMatchesThePlainDefinition(Jdbi jdbi) {
    MicroblogDb db = MicroblogDb.create(jdbi);
    db.createSchema();
    Random random = new Random(7);
    List<User> users = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      users.add(db.users().insert(new User(null, "user" + i)));
    }
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      // Every third post shares its timestamp with the one before: ids must break the tie.
      Instant at = START.plusSeconds(i - (i % 3 == 2 ? 1 : 0));
      posts.add(db.posts().insert(new Post(null, "post " + i, at, users.get(random.nextInt(5)).id())));
    }
    for (User follower : users.subList(0, 4)) {
      for (User followed : users) {
        if (random.nextInt(3) == 0) {
          db.users().followed(follower).add(followed);
        }
      }
    }
    db.users().followed(users.get(0)).add(users.get(0));

    for (User user : users) {
      Set<Long> authors = new HashSet<>();
      authors.add(user.id());
      db.users().followed(user).all().forEach(u -> authors.add(u.id()));
      List<Post> expected = posts.stream().filter(p -> authors.contains(p.authorId()))
          .sorted(Comparator.comparing(Post::timestamp).thenComparing(Post::id).reversed()).toList();
      for (int size : new int[] {1, 7, 20, 100}) {
        List<Post> all = new ArrayList<>();
        for (int page = 0; page * size <= expected.size(); page++) {
          List<Post> one = db.timeline().of(user, page, size);
          assertTrue(one.size() <= size);
          all.addAll(one);
        }
        assertEquals(expected, all, user.username() + ", pages of " + size);
      }
    }
  }
}
