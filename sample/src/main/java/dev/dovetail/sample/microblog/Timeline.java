package dev.dovetail.sample.microblog;

import dev.dovetail.Queries;
import dev.dovetail.Query;
import java.util.List;

/**
 * The seed's {@code followed_posts()}: a user's own posts and the posts of the users they follow, newest
 * first, as one SQL statement checked against the schema when the sample compiles. Reached through
 * {@code MicroblogDb.timeline()}.
 */
@Queries
public abstract class Timeline {
  /**
   * Page {@code page} (from 0) of {@code user}'s timeline, {@code pageSize} posts, newest first: a post appears
   * once even when its author is both the user and followed by the user.
   */
  public List<Post> of(User user, int page, int pageSize) {
    if (page < 0 || pageSize <= 0) {
      throw new IllegalArgumentException("page " + page + " of " + pageSize + ": page must be 0 or more, size 1 "
          + "or more");
    }
    long offset = (long) page * pageSize;
    return posts(user.id(), offset + pageSize, pageSize, offset);
  }

  /**
   * The statement behind {@link #of}. With a single {@code WHERE author_id = :me OR author_id IN (SELECT ...)}
   * H2 walks all posts newest first, testing each, which reads the whole table for a user whose timeline is
   * sparse; instead each branch here is an index lookup (the user's own posts by
   * {@code author_id}; the follows of the user by their primary key, then each followed user's posts by
   * {@code author_id}) that keeps only the newest {@code window} posts, and the union of the two keeps the
   * page asked for. The branches cannot share a post (the second leaves out a user following themselves), so
   * {@code UNION ALL} needs no duplicate elimination; {@code id} breaks ties between equal timestamps, so
   * that pages neither overlap nor skip.
   */
  @Query("""
      SELECT * FROM (
          SELECT p.* FROM posts p
          WHERE p.author_id = :userId
          ORDER BY p.timestamp DESC, p.id DESC LIMIT :window) mine
      UNION ALL
      SELECT * FROM (
          SELECT p.* FROM follows f JOIN posts p ON p.author_id = f.followed_id
          WHERE f.follower_id = :userId AND f.followed_id <> :userId
          ORDER BY p.timestamp DESC, p.id DESC LIMIT :window) followed
      ORDER BY timestamp DESC, id DESC
      LIMIT :limit OFFSET :offset""")
  protected abstract List<Post> posts(long userId, long window, long limit, long offset);
}
