package dev.dovetail.maven;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The database the goals connect to, resolved as {@code flyway-maven-plugin} resolves its own: for each of
 * URL, user and password, the first that is set of
 * <ol>
 *   <li>a system or command-line property: {@code -Ddovetail.url=...}, {@code dovetail.user}, {@code dovetail.password};
 *   <li>an environment variable: {@code DOVETAIL_URL}, {@code DOVETAIL_USER}, {@code DOVETAIL_PASSWORD};
 *   <li>a property of the project's pom ({@code <properties><dovetail.url>});
 *   <li>the plugin's configuration: {@code <url>}, {@code <user>}, {@code <password>};
 *   <li>for user and password, the {@code <server>} of {@code settings.xml} named by {@code <serverId>}
 *       ({@code dovetail.serverId}).
 * </ol>
 *
 * @param url the JDBC URL, or null when none is set
 * @param user the user, or null
 * @param password the password, or null
 */
record ConnectionSettings(String url, String user, String password) {

  /**
   * Where each setting may come from.
   *
   * @param commandLine the session's user and system properties
   * @param environment the environment variables
   * @param pomProperties the project's properties
   * @param configured the plugin's configuration, by property name ({@code url}, {@code user}, {@code password})
   * @param server the user and password of the {@code settings.xml} server, or nulls
   */
  record Sources(Map<String, String> commandLine, Map<String, String> environment, Map<String, String> pomProperties,
      Map<String, String> configured, ConnectionSettings server) {}

  /** The settings {@code sources} give. */
  static ConnectionSettings resolve(Sources sources) {
    return new ConnectionSettings(
        first(sources, "url", s -> null),
        first(sources, "user", ConnectionSettings::user),
        first(sources, "password", ConnectionSettings::password));
  }

  private static String first(Sources s, String name, Function<ConnectionSettings, String> fromServer) {
    String[] candidates = {
        s.commandLine().get("dovetail." + name),
        s.environment().get("DOVETAIL_" + name.toUpperCase(Locale.ROOT)),
        s.pomProperties().get("dovetail." + name),
        s.configured().get(name),
        s.server() == null ? null : fromServer.apply(s.server())};
    for (String c : candidates) {
      if (c != null && !c.isBlank()) {
        return c;
      }
    }
    return null;
  }

  /** Whether a database was named. */
  boolean hasUrl() {
    return url != null;
  }

  /** Keeps the password out of logs and reports. */
  @Override
  public String toString() {
    return "ConnectionSettings[url=" + Redactor.of(List.of()).redact(url) + ", user=" + user
        + ", password=" + (password == null ? "none" : Redactor.MASK) + "]";
  }
}
