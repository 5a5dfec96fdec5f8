package dev.dovetail.sample.microblog;

import java.util.List;

/** The seed's {@code followed_posts()}: a user's own posts and the posts of the users they follow. */
public final class Timeline {
  private Timeline() {}

  /**
   * The timeline of {@code user}, newest first, as one SQL statement: a post appears once even when its
   * author is both the user and followed.
   */
  public static List<Post> of(MicroblogDb db, User user, int page, int pageSize) {
    return db.posts().query()
        .where("t.author_id = :me OR t.author_id IN (SELECT f.followed_id FROM follows f WHERE f.follower_id = :me)",
            "me", user.id())
        .orderBy("t.timestamp DESC")
        .orderBy("t.id DESC")
        .page(page, pageSize);
  }
}
