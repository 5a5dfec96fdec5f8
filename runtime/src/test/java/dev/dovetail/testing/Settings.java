package dev.dovetail.testing;

/** Reads a setting of the test support: a system property, else an environment variable, else a default. */
final class Settings {
  private Settings() {}

  static String get(String property, String variable, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(variable);
    }
    return value == null || value.isBlank() ? fallback : value;
  }
}
