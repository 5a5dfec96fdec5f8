package dev.dovetail.runtime;

import java.util.Locale;

/** What the refusals of string fragments say, in one place. */
final class Fragments {
  /** The rule every refusal of a {@code where} fragment repeats. */
  static final String TRUSTED = "Fragment text is trusted SQL written by the developer, never built from user "
      + "input: pass values from users as :name parameters, or use the typed filters of the metamodel "
      + "(where(Student_.NAME.startsWith(prefix)))";

  private Fragments() {}

  /**
   * {@code fragment} for a one-line message: control characters, line separators and other invisible characters
   * written as {@code \\uXXXX}, so that the message shows what was refused.
   */
  static String show(String fragment) {
    StringBuilder out = new StringBuilder(fragment.length());
    for (int i = 0; i < fragment.length(); i++) {
      char c = fragment.charAt(i);
      if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029
          || Character.getType(c) == Character.FORMAT) {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
