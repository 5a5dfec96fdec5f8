package dev.dovetail.migrate.cli;

import dev.dovetail.migrate.Redact;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A writer that passes text on a line at a time with its credentials masked ({@link Redact}): URL forms, and
 * the password given with {@code --password} or {@code DOVETAIL_PASSWORD} wherever it appears. Everything the
 * command line prints, usage errors of picocli's and stack traces included, goes through one.
 */
final class RedactingWriter extends Writer {
  /** Passwords shorter than this are not searched for in plain text: masking "ab" would garble every line. */
  static final int SHORTEST_SECRET = 4;

  private final Writer target;
  private final String[] secrets;
  private final StringBuilder line = new StringBuilder();

  RedactingWriter(Writer target, List<String> secrets) {
    this.target = target;
    this.secrets = secrets.stream().filter(s -> s != null && s.length() >= SHORTEST_SECRET).toArray(String[]::new);
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      line.append(chars[i]);
      if (chars[i] == '\n') {
        emit();
      }
    }
  }

  private void emit() throws IOException {
    if (line.length() > 0) {
      target.write(Redact.text(line.toString(), secrets));
      line.setLength(0);
    }
  }

  @Override
  public void flush() throws IOException {
    emit();
    target.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
  }

  /** The passwords of a command line: {@code --password x}, {@code --password=x}, and DOVETAIL_PASSWORD. */
  static List<String> secrets(String[] args, String environmentPassword) {
    List<String> out = new ArrayList<>();
    if (environmentPassword != null) {
      out.add(environmentPassword);
    }
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--password") && i + 1 < args.length) {
        out.add(args[i + 1]);
      } else if (args[i].startsWith("--password=")) {
        out.add(args[i].substring("--password=".length()));
      }
    }
    return out;
  }
}
