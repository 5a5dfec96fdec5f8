package dev.dovetail.migrate;

import dev.dovetail.dialect.Dialect;
import java.util.Locale;
import java.util.Optional;

/** What the command line and the Maven plugin read from their arguments, read the same way by both. */
public final class CommandArguments {
  private CommandArguments() {}

  /**
   * The dialect a JDBC URL names ({@code jdbc:postgresql:...} → PostgreSQL), ignoring case; empty for a
   * database Dovetail has no dialect for, which the caller reports in its own words.
   */
  public static Optional<Dialect> dialectOfUrl(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    return Dialect.all().stream().filter(d -> u.startsWith("jdbc:" + d.name() + ":")).findFirst();
  }

  /**
   * A migration version written {@code 3} or {@code V3}.
   *
   * @throws IllegalArgumentException when {@code text} is neither
   */
  public static int version(String text) {
    try {
      return Integer.parseInt(text.strip().replaceFirst("^[Vv]", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a version: " + text + " (write 3 or V3)");
    }
  }
}
