package dev.dovetail.processor.writing;

/**
 * The one way a string of the user's (a table, a column, a statement's SQL) goes into a generated comment.
 * javac reads a unicode escape anywhere in a source file, comments included, and a comment ends at the first
 * star-slash, so either in a name would break the file; braces and at-signs would break the Javadoc tags the text
 * sits in. Each is written as its HTML character reference, which Javadoc renders as the character. Strings
 * written as Java literals go through JavaPoet's {@code $S}, which escapes them itself.
 */
final class JavaText {
  private JavaText() {}

  /** {@code text}, safe inside a generated Javadoc comment and its inline tags. */
  static String doc(Object text) {
    String s = String.valueOf(text);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("&#92;");
        case '/' -> out.append(i > 0 && s.charAt(i - 1) == '*' ? "&#47;" : "/");
        case '{' -> out.append("&#123;");
        case '}' -> out.append("&#125;");
        case '@' -> out.append("&#64;");
        case '\r', '\n' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
