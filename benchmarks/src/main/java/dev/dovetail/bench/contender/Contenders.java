package dev.dovetail.bench.contender;

import dev.dovetail.bench.Fixture;
import java.util.List;

/** The contenders by the names the JMH parameter {@code framework} takes. */
public final class Contenders {
  /** Every contender's name, the floor first. {@code dovetail-pool}: Dovetail's DAOs made on the pool. */
  public static final List<String> NAMES = List.of("jdbc", "dovetail", "dovetail-pool", "jdbi", "hibernate");

  private Contenders() {}

  /** The contender called {@code name}, working on {@code fixture}. */
  public static Contender create(String name, Fixture fixture) {
    return switch (name) {
      case "jdbc" -> new JdbcContender(fixture);
      case "dovetail" -> new DovetailContender(fixture, false);
      case "dovetail-pool" -> new DovetailContender(fixture, true);
      case "jdbi" -> new JdbiContender(fixture);
      case "hibernate" -> new HibernateContender(fixture);
      default -> throw new IllegalArgumentException("no contender " + name + "; expected one of " + NAMES);
    };
  }
}
