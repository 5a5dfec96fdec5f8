package dev.dovetail.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {
  private final Map<String, String> commandLine = new HashMap<>();
  private final Map<String, String> environment = new HashMap<>();
  private final Map<String, String> pom = new HashMap<>();
  private final Map<String, String> configured = new HashMap<>();
  private ConnectionSettings server;

  private ConnectionSettings resolve() {
    return ConnectionSettings.resolve(new ConnectionSettings.Sources(commandLine, environment, pom, configured, server));
  }

  @Test
  void nothingSetMeansNoDatabase() {
    ConnectionSettings s = resolve();
    assertFalse(s.hasUrl());
    assertNull(s.user());
    assertNull(s.password());
  }

  @Test
  void eachSourceOverridesTheOnesBelowIt() {
    server = new ConnectionSettings(null, "server-user", "server-pw");
    assertEquals(new ConnectionSettings(null, "server-user", "server-pw"), resolve());

    configured.put("url", "jdbc:h2:./configured");
    configured.put("user", "configured-user");
    assertEquals(new ConnectionSettings("jdbc:h2:./configured", "configured-user", "server-pw"), resolve());

    pom.put("dovetail.url", "jdbc:h2:./pom");
    pom.put("dovetail.password", "pom-pw");
    assertEquals(new ConnectionSettings("jdbc:h2:./pom", "configured-user", "pom-pw"), resolve());

    environment.put("DOVETAIL_URL", "jdbc:h2:./env");
    environment.put("DOVETAIL_USER", "env-user");
    assertEquals(new ConnectionSettings("jdbc:h2:./env", "env-user", "pom-pw"), resolve());

    commandLine.put("dovetail.url", "jdbc:h2:./cli");
    commandLine.put("dovetail.password", "cli-pw");
    assertEquals(new ConnectionSettings("jdbc:h2:./cli", "env-user", "cli-pw"), resolve());
  }

  @Test
  void aBlankValueDoesNotHideTheNextSource() {
    environment.put("DOVETAIL_URL", " ");
    configured.put("url", "jdbc:h2:./configured");
    assertEquals("jdbc:h2:./configured", resolve().url());
  }

  @Test
  void theServerGivesNoUrl() {
    server = new ConnectionSettings("jdbc:h2:./never", "u", "p");
    assertFalse(resolve().hasUrl());
  }

  @Test
  void toStringHidesThePassword() {
    String text = new ConnectionSettings("jdbc:postgresql://h/db?user=a&password=s3cret", "a", "s3cret").toString();
    assertFalse(text.contains("s3cret"), text);
    assertTrue(text.contains("user=a"), text);
  }
}
