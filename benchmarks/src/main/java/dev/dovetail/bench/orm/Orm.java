package dev.dovetail.bench.orm;

import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/** Builds the Hibernate {@link SessionFactory} of the four entities, configured for speed. */
public final class Orm {
  private Orm() {}

  /** A session factory on the pool {@code ds}. */
  public static SessionFactory on(DataSource ds) {
    return build(Map.of(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, ds));
  }

  /** A session factory on Hibernate's own connections to {@code url} (for start-up, with no pool library). */
  public static SessionFactory on(String url, String user) {
    return build(Map.of(AvailableSettings.JAKARTA_JDBC_URL, url, AvailableSettings.JAKARTA_JDBC_USER, user,
        AvailableSettings.POOL_SIZE, 1));
  }

  private static SessionFactory build(Map<String, Object> connection) {
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
        .applySettings(connection)
        // One JDBC batch for addAll's 1,000 links, like the other contenders.
        .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 1000)
        .applySetting(AvailableSettings.SHOW_SQL, false)
        .applySetting(AvailableSettings.GENERATE_STATISTICS, false)
        .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
        .build();
    return new MetadataSources(registry)
        .addAnnotatedClass(Student.class)
        .addAnnotatedClass(Course.class)
        .addAnnotatedClass(User.class)
        .addAnnotatedClass(Post.class)
        .buildMetadata()
        .buildSessionFactory();
  }
}
