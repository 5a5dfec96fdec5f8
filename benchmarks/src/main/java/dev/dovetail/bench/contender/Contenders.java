package dev.dovetail.bench.contender;

import dev.dovetail.bench.Fixture;
import java.util.List;

/** The contenders by the names the JMH parameter {@code framework} takes. */
public final class Contenders {
  /** Every contender's name, the floor first. */
  public static final List<String> NAMES = List.of("jdbc", "dovetail", "jdbi", "hibernate");

  private Contenders() {}

  /** The contender called {@code name}, working on {@code fixture}. */
  public static Contender create(String name, Fixture fixture) {
    return switch (name) {
      case "jdbc" -> new JdbcContender(fixture);
      case "dovetail" -> new DovetailContender(fixture);
      case "jdbi" -> new JdbiContender(fixture);
      case "hibernate" -> new HibernateContender(fixture);
      default -> throw new IllegalArgumentException("no contender " + name + "; expected one of " + NAMES);
    };
  }
}
