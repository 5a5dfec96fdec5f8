package dev.dovetail.bench.contender;

import dev.dovetail.bench.Fixture;
import java.util.List;

/** The contenders by the names the JMH parameter {@code framework} takes. */
public final class Contenders {
  /**
   * Every contender's name, the floor first. {@code jdbc-insert}: the floor linking by a plain {@code INSERT},
   * which fails on a link already there (the physical floor of adding a link); {@code dovetail-pool}: Dovetail's
   * DAOs made on the pool ({@code create(dataSource)}); {@code dovetail}: made on JDBI ({@code create(jdbi)}).
   */
  public static final List<String> NAMES =
      List.of("jdbc", "jdbc-insert", "dovetail-pool", "dovetail", "jdbi", "hibernate");

  private Contenders() {}

  /** The contender called {@code name}, working on {@code fixture}. */
  public static Contender create(String name, Fixture fixture) {
    return switch (name) {
      case "jdbc" -> new JdbcContender(fixture, false);
      case "jdbc-insert" -> new JdbcContender(fixture, true);
      case "dovetail" -> new DovetailContender(fixture, false);
      case "dovetail-pool" -> new DovetailContender(fixture, true);
      case "jdbi" -> new JdbiContender(fixture);
      case "hibernate" -> new HibernateContender(fixture);
      default -> throw new IllegalArgumentException("no contender " + name + "; expected one of " + NAMES);
    };
  }
}
