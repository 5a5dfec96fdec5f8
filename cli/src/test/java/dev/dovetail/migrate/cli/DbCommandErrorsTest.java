package dev.dovetail.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.testing.MariaDbServer;
import dev.dovetail.testing.PostgresServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failing {@code db} command says what went wrong in one line with a hint, exits non-zero, and never prints a
 * password, whether given in the URL or with {@code --password}; {@code --verbose} adds the stack trace, with
 * the password redacted there too. Run in-process through the command line's entry point.
 */
class DbCommandErrorsTest {
  @TempDir
  Path dir;
  private String out;
  private String err;

  private int db(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--dir", dir.toString(), "--lock-timeout", "5"));
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int status = DbCommand.run(new PrintWriter(o), new PrintWriter(e), all.toArray(String[]::new));
    out = o.toString();
    err = e.toString();
    return status;
  }

  /** Runs {@code args} without and with {@code --verbose}: one line, non-zero, no secret; then a trace. */
  private String fails(String secret, String... args) {
    int status = db(args);
    String line = err;
    assertNotEquals(0, status, () -> "exit status 0; out: " + out + " err: " + line);
    assertFalse((out + err).contains(secret), () -> "the password was printed: " + out + err);
    assertEquals(1, err.strip().lines().count(), () -> "not one line: " + line);
    assertTrue(err.startsWith("db "), line);
    assertFalse(err.contains("\tat "), line);

    List<String> verbose = new ArrayList<>(List.of(args));
    verbose.add("--verbose");
    assertNotEquals(0, db(verbose.toArray(String[]::new)));
    assertFalse((out + err).contains(secret), () -> "the password was printed with --verbose: " + out + err);
    assertTrue(err.contains("\tat "), () -> "--verbose gives the stack trace: " + err);
    System.out.print(line);
    return line;
  }

  @Test
  void anUnreachableDatabase() {
    String line = fails("Unreach4ble", "upgrade", "--url",
        "jdbc:postgresql://127.0.0.1:1/test?user=postgres&password=Unreach4ble");
    assertTrue(line.contains("cannot connect") && line.contains("password=***"), line);
    assertTrue(line.contains("--url"), "gives a hint: " + line);
  }

  @Test
  void aWrongPasswordOnMariaDb() {
    String base = MariaDbServer.url();
    String line = fails("Wr0ngPass", "upgrade", "--url",
        base + (base.contains("?") ? "&" : "?") + "user=root&password=Wr0ngPass");
    assertTrue(line.contains("Access denied") && line.contains("--password"), line);
    fails("Wr0ngPass2", "current", "--url", base, "--user", "root", "--password", "Wr0ngPass2");
  }

  @Test
  void aWrongPasswordOnPostgresql() {
    // The test server trusts every loopback connection, so the login is refused for the role instead.
    String base = PostgresServer.url();
    String line = fails("Wr0ngPass", "upgrade", "--url",
        base + (base.contains("?") ? "&" : "?") + "user=no_such_role&password=Wr0ngPass");
    assertTrue(line.contains("no_such_role") && line.contains("--user"), line);
    fails("Wr0ngPass3", "history", "--url", base, "--user", "no_such_role", "--password", "Wr0ngPass3");
  }

  @Test
  void anUnknownUrlSchemeWithAPassword() {
    String line = fails("T1ger", "upgrade", "--url", "jdbc:oracle:thin:scott/T1ger@db.example:1521:orcl");
    assertTrue(line.contains("cannot tell the database from the URL") && line.contains("--dialect"), line);
    fails("S3cret", "current", "--url", "jdbc:sqlserver://db.example:1433;databaseName=x;user=sa;password=S3cret");
    fails("S3cret", "current", "--url", "jdbc:acme://sa:S3cret@db.example/x");
  }

  @Test
  void anUnknownOptionEchoingAPassword() {
    int status = db("upgrade", "--urll", "jdbc:h2:mem:x;PASSWORD=Echo3d");
    assertNotEquals(0, status);
    assertFalse((out + err).contains("Echo3d"), () -> "the password was printed: " + out + err);
  }
}
