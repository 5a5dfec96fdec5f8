package dev.dovetail.bench.jdbi;

import dev.dovetail.bench.Fixture;
import dev.dovetail.bench.model.Post;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The timeline as a JDBI SqlObject. */
@RegisterConstructorMapper(Post.class)
public interface TimelineSql {
  /** The first page of the timeline of user {@code me}. */
  @SqlQuery("SELECT t.id, t.body, t.timestamp, t.author_id FROM posts t "
      + "WHERE t.author_id = :me OR t.author_id IN (SELECT f.followed_id FROM follows f WHERE f.follower_id = :me) "
      + "ORDER BY t.timestamp DESC, t.id DESC LIMIT " + Fixture.PAGE)
  List<Post> timeline(@Bind("me") long me);
}
