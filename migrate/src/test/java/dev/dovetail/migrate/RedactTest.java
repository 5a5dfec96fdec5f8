package dev.dovetail.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Credentials are taken out of every shape of JDBC URL, and out of messages quoting one. */
class RedactTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "jdbc:postgresql://db:5432/app?user=me&password=s3cret&ssl=true | jdbc:postgresql://db:5432/app?user=me&password=***&ssl=true",
      "jdbc:postgresql://db/app?password=s3cret | jdbc:postgresql://db/app?password=***",
      "jdbc:postgresql://db/app?PASSWORD=s3cret&sslpassword=k3y | jdbc:postgresql://db/app?PASSWORD=***&sslpassword=***",
      "jdbc:mysql://db:3306/app?useSSL=false&user=root&password=p%40ss | jdbc:mysql://db:3306/app?useSSL=false&user=root&password=***",
      "jdbc:mariadb://db/app?user=root&pwd=s3cret | jdbc:mariadb://db/app?user=root&pwd=***",
      "jdbc:mariadb://db/app?trustStorePassword=ts&keyStorePassword=ks | jdbc:mariadb://db/app?trustStorePassword=***&keyStorePassword=***",
      "jdbc:mysql://root:s3cret@db:3306/app | jdbc:mysql://root:***@db:3306/app",
      "jdbc:postgresql://me:s3cret@db1,db2/app?ssl=true | jdbc:postgresql://me:***@db1,db2/app?ssl=true",
      "jdbc:acme://me:p@ss@db/app | jdbc:acme://me:***@db/app",
      "jdbc:h2:tcp://db/~/app;USER=sa;PASSWORD=s3cret | jdbc:h2:tcp://db/~/app;USER=sa;PASSWORD=***",
      "jdbc:h2:./app;PASSWORD=s3cret;MODE=PostgreSQL | jdbc:h2:./app;PASSWORD=***;MODE=PostgreSQL",
      "jdbc:sqlserver://db:1433;databaseName=app;user=sa;password={s3;cret} | jdbc:sqlserver://db:1433;databaseName=app;user=sa;password=***",
      "jdbc:oracle:thin:scott/tiger@db:1521:orcl | jdbc:oracle:thin:scott/***@db:1521:orcl",
      "jdbc:db2://db:50000/app:user=me;password=s3cret; | jdbc:db2://db:50000/app:user=me;password=***;",
      "jdbc:sqlite:app.db | jdbc:sqlite:app.db",
      "jdbc:h2:mem:test | jdbc:h2:mem:test",
      "jdbc:postgresql://db/app?user=me | jdbc:postgresql://db/app?user=me",
      "jdbc:postgresql://db/app?passwordless=true&x=1 | jdbc:postgresql://db/app?passwordless=***&x=1",
      "jdbc:mariadb://db/app?password=&user=me | jdbc:mariadb://db/app?password=&user=me",
      "UPDATE users SET password = 'x' | UPDATE users SET password = 'x'",
      "properties {user=root, password=s3cret} | properties {user=root, password=***}",
      "cannot tell the database from the URL jdbc:foo://a:b@c/d?token=t0k; pass --dialect | cannot tell the database from the URL jdbc:foo://a:***@c/d?token=***; pass --dialect"})
  void redactsCredentials(String text, String redacted) {
    assertEquals(redacted, Redact.text(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "Access denied for user 'root' (using password: YES) s3cr3t! | Access denied for user 'root' (using password: YES) ***",
      "no s3cr3t! here, s3cr3t! twice | no *** here, *** twice"})
  void redactsAKnownSecretWherever(String text, String redacted) {
    assertEquals(redacted, Redact.text(text, "s3cr3t!", null, ""));
  }
}
