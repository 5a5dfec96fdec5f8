package dev.dovetail.maven;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Blanks out passwords in what the plugin prints: the configured password wherever it appears (a driver may
 * quote it in an exception), and any password written into a JDBC URL ({@code password=...},
 * {@code user:password@host}), since the URL is printed in messages about the database.
 */
final class Redactor {
  static final String MASK = "*****";

  // ?password=x, &password=x, ;password=x (SQL Server, H2 options), pwd=x; up to the next separator.
  private static final Pattern URL_PASSWORD =
      Pattern.compile("(?i)((?:^|[?&;:])(?:password|pwd)=)[^&;\\s]*");
  // jdbc:postgresql://user:secret@host/db
  private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]+:)[^@/\\s]+(@)");

  private final List<String> secrets;

  private Redactor(List<String> secrets) {
    this.secrets = secrets;
  }

  /** A redactor of {@code secrets} (null and empty ones ignored) and of the passwords in URLs. */
  static Redactor of(Collection<String> secrets) {
    List<String> kept = new ArrayList<>();
    for (String s : secrets) {
      if (s != null && !s.isEmpty()) {
        kept.add(s);
      }
    }
    // The longest first, so that a secret containing another is blanked out whole.
    kept.sort(Comparator.comparingInt(String::length).reversed());
    return new Redactor(List.copyOf(kept));
  }

  /** {@code text} without the secrets; null stays null. */
  String redact(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, MASK);
    }
    out = URL_PASSWORD.matcher(out).replaceAll("$1" + MASK);
    return USER_INFO.matcher(out).replaceAll("$1" + MASK + "$2");
  }

  /** The messages of {@code error} and of its causes, redacted, one per line. */
  String describe(Throwable error) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage() != null ? t.getMessage() : t.getClass().getName();
      if (out.indexOf(message) < 0) {
        out.append(out.length() == 0 ? "" : "\n  caused by: ").append(message);
      }
    }
    return redact(out.toString());
  }
}
