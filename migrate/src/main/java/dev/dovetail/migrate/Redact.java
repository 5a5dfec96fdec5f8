package dev.dovetail.migrate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes credentials out of text before it is printed or logged: JDBC URLs, and messages quoting one. Whatever
 * the driver, a password travels in a few shapes: a parameter ({@code ?password=}, {@code &pwd=},
 * {@code ;PASSWORD=} as H2, SQL Server and DB2 write it, {@code sslpassword=}, {@code trustStorePassword=}, a
 * token or secret, a property {@code password=...} of a listed set), user information in the authority
 * ({@code //user:pass@host}) or Oracle's {@code user/pass@host}. Each value becomes {@code ***}; the rest of the
 * text is kept, so the message still says which database it was about.
 */
public final class Redact {
  /** What a redacted value is replaced with. */
  public static final String MASK = "***";

  // A parameter or property whose name speaks of a password, a secret or a token; a value in braces is
  // SQL Server's quoting, which may hold ';'.
  private static final Pattern PARAMETER = Pattern.compile(
      "(?i)([\\w.-]*(?:password|passwd|pwd|secret|token)[\\w.-]*=)(\\{[^}]*}|[^&;,\\s}'\")]+)");
  // Oracle's thin URL, jdbc:oracle:thin:user/password@host.
  private static final Pattern SLASH_USER = Pattern.compile("(:[\\w$#.-]+/)([^@\\s/]+)(@)");

  private Redact() {}

  /** {@code text} with every credential it holds replaced by {@value #MASK}; {@code null} stays null. */
  public static String text(String text) {
    if (text == null) {
      return null;
    }
    String out = authorities(text);
    out = replace(SLASH_USER, out, 2);
    return replace(PARAMETER, out, 2);
  }

  /**
   * {@code text} redacted as {@link #text(String)} does, and every occurrence of each of {@code secrets} (a
   * password given apart from the URL) replaced too; null or empty secrets are ignored.
   */
  public static String text(String text, String... secrets) {
    String out = text(text);
    if (out == null) {
      return null;
    }
    for (String secret : secrets) {
      if (secret != null && !secret.isEmpty()) {
        out = out.replace(secret, MASK);
      }
    }
    return out;
  }

  private static String replace(Pattern pattern, String text, int group) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    while (m.find()) {
      out.append(text, copied, m.start(group)).append(MASK);
      copied = m.end(group);
    }
    return out.append(text, copied, text.length()).toString();
  }

  /** Masks the password of each {@code //user:password@host}: up to the last '@' before the path. */
  private static String authorities(String text) {
    StringBuilder out = new StringBuilder();
    int copied = 0;
    int from = 0;
    while (true) {
      int slashes = text.indexOf("//", from);
      if (slashes < 0) {
        break;
      }
      int start = slashes + 2;
      int end = start;
      while (end < text.length() && "/?#;\\ \t\r\n\"'".indexOf(text.charAt(end)) < 0) {
        end++;
      }
      int at = text.lastIndexOf('@', end - 1);
      int colon = at >= start ? text.indexOf(':', start) : -1;
      if (colon >= 0 && colon < at) {
        out.append(text, copied, colon + 1).append(MASK);
        copied = at;
      }
      from = end;
    }
    return out.append(text, copied, text.length()).toString();
  }
}
