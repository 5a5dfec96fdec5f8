package dev.dovetail.migrate.cli;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.migrate.AppliedMigration;
import dev.dovetail.migrate.CommandArguments;
import dev.dovetail.migrate.Commands;
import dev.dovetail.migrate.CompiledModel;
import dev.dovetail.migrate.JavaMigration;
import dev.dovetail.migrate.Migration;
import dev.dovetail.migrate.MigrationClass;
import dev.dovetail.migrate.MigrationException;
import dev.dovetail.migrate.MigrationSource;
import dev.dovetail.migrate.Migrator;
import dev.dovetail.migrate.Redact;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jdbi.v3.core.Jdbi;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code db} command line: the seed's {@code db init}, {@code db migrate -m}, {@code db upgrade} and the
 * rest, run with the project's classes on the classpath (so that the model's snapshot,
 * {@code META-INF/dovetail/<Database>/schema.json}, is found), e.g.
 *
 * <pre>
 * mvn -q exec:java -Dexec.mainClass=dev.dovetail.migrate.cli.DbCommand -Dexec.args="upgrade --url jdbc:h2:./school"
 * </pre>
 *
 * Options may come before or after the command. Exit status: 0 on success, 1 when the command failed or
 * {@code check} found something, 2 on a usage error. A failure prints one line, what went wrong and what to do
 * ({@code db upgrade: cannot connect to jdbc:postgresql://db/app?password=***: ...; check --user and
 * --password}); {@code --verbose} adds the stack trace. Nothing printed on standard error, nor the migration log,
 * shows a password: those of the URL ({@code password=}, {@code ;PASSWORD=}, {@code user:pass@}) and the one
 * given with {@code --password} or {@code DOVETAIL_PASSWORD} are masked ({@link Redact}).
 *
 * <h2>Java migrations</h2>
 *
 * <p>This class's own {@link #main} runs the SQL migrations only: it finds no {@link JavaMigration}, since
 * nothing is looked up by reflection. An application with Java migrations gives the command line an entry
 * point of its own that hands them over, and runs that instead:
 *
 * <pre>{@code
 * public final class Db {
 *   public static void main(String[] args) {
 *     System.exit(DbCommand.run(args, List.of(new V3__Backfill_full_names(), new V5__Split_addresses())));
 *   }
 * }
 * }</pre>
 *
 * <pre>
 * mvn -q exec:java -Dexec.mainClass=com.example.Db -Dexec.args="upgrade --url jdbc:h2:./school"
 * </pre>
 *
 * <p>Through it, {@code upgrade}, {@code downgrade}, {@code stamp}, {@code current}, {@code check} and
 * {@code repair} see the Java migrations among the SQL ones, {@code sql} names them, and {@code migrate}
 * numbers a new file after them. When the plain {@code db} finds Java migrations in the database's history it
 * says that it cannot see the application's ones, and {@code upgrade}, {@code stamp} and a {@code downgrade}
 * through one of them stop, since Java migrations may be pending, unless {@code --sql-only} is given.
 */
@Command(name = "db", mixinStandardHelpOptions = true, version = "Dovetail db 0.1",
    description = "Writes migrations from the Dovetail model and applies them to a database.",
    subcommands = {AuthoringCommands.Init.class, AuthoringCommands.Migrate.class, DatabaseCommands.Upgrade.class,
        DatabaseCommands.Downgrade.class, DatabaseCommands.Current.class, DatabaseCommands.History.class,
        DatabaseCommands.Stamp.class, AuthoringCommands.Check.class, AuthoringCommands.Sql.class,
        DatabaseCommands.Repair.class})
public final class DbCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--url", scope = ScopeType.INHERIT, defaultValue = "${env:DOVETAIL_URL}",
      description = "JDBC URL of the database (default: the environment variable DOVETAIL_URL)")
  String url;

  @Option(names = "--user", scope = ScopeType.INHERIT, defaultValue = "${env:DOVETAIL_USER}",
      description = "database user (default: DOVETAIL_USER)")
  String user;

  @Option(names = "--password", scope = ScopeType.INHERIT, defaultValue = "${env:DOVETAIL_PASSWORD}",
      description = "database password (default: DOVETAIL_PASSWORD)")
  String password;

  @Option(names = "--schema", scope = ScopeType.INHERIT, paramLabel = "<Database>",
      description = "the @Database whose model is used (the simple name of the interface); needed when the "
          + "classpath has several")
  String schema;

  @Option(names = "--model", scope = ScopeType.INHERIT, paramLabel = "<schema.json>",
      description = "read the model from this snapshot file instead of the classpath")
  Path model;

  @Option(names = "--dir", scope = ScopeType.INHERIT, paramLabel = "<folder>",
      description = "the migrations folder (default: " + MigrationSource.DEFAULT_FOLDER + " if it exists, "
          + "else the classpath location " + MigrationSource.DEFAULT_LOCATION + ")")
  Path dir;

  @Option(names = "--dialect", scope = ScopeType.INHERIT, paramLabel = "<h2|postgresql>",
      description = "the database the SQL is written for (default: from --url)")
  String dialect;

  @Option(names = "--lock-timeout", scope = ScopeType.INHERIT, paramLabel = "<seconds>", defaultValue = "60",
      description = "how long to wait for another migration of the same database (default: 60)")
  int lockTimeoutSeconds;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "print the stack trace of an error after its one-line message")
  boolean verbose;

  @Option(names = "--sql-only", scope = ScopeType.INHERIT, description = "go on with the SQL migrations alone when "
      + "the history records Java migrations that this entry point was not given")
  boolean sqlOnly;

  /** The application's Java migrations, or {@code null} when run as the plain {@code db}, which has none. */
  private final List<JavaMigration> java;

  private DbCommand(List<? extends JavaMigration> java) {
    this.java = java == null ? null : List.copyOf(java);
  }

  /** Runs the command line with the SQL migrations only, and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Runs the command line with the application's Java migrations among the SQL ones, printing to standard
   * output and error; returns the exit status, for the application's {@code main} to exit with.
   */
  public static int run(String[] args, List<? extends JavaMigration> javaMigrations) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), javaMigrations, args);
  }

  /**
   * Runs the command line with the SQL migrations only, printing to {@code out} and {@code err}; returns the exit
   * status.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return execute(new DbCommand(null), out, err, args);
  }

  /**
   * Runs the command line with the application's Java migrations among the SQL ones, printing to {@code out}
   * and {@code err}; returns the exit status.
   */
  public static int run(PrintWriter out, PrintWriter err, List<? extends JavaMigration> javaMigrations,
      String... args) {
    return execute(new DbCommand(Objects.requireNonNull(javaMigrations, "javaMigrations")), out, err, args);
  }

  private static int execute(DbCommand command, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(command);
    cli.setOut(out);
    // Everything printed on err, picocli's usage errors included, has its credentials masked.
    PrintWriter masked = new PrintWriter(new RedactingWriter(err,
        RedactingWriter.secrets(args, System.getenv("DOVETAIL_PASSWORD"))), true);
    cli.setErr(masked);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println(ErrorLine.of(commandLine.getCommandName(), e,
          command.hasDatabase() ? command.url : null));
      if (command.verbose) {
        commandLine.getErr().print(ErrorLine.trace(e));
      }
      return 1;
    });
    int status = cli.execute(args);
    out.flush();
    masked.flush();
    return status;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 2;
  }

  /** The folder migrations are written to. */
  Path folder() {
    return dir != null ? dir : Path.of(MigrationSource.DEFAULT_FOLDER);
  }

  /** Where migrations are read from: the folder, or the classpath when no folder is given or there. */
  MigrationSource source() {
    if (dir != null || Files.isDirectory(folder())) {
      return MigrationSource.folder(folder());
    }
    return MigrationSource.classpath(MigrationSource.DEFAULT_LOCATION);
  }

  /** Whether a database was named. */
  boolean hasDatabase() {
    return url != null && !url.isBlank();
  }

  /** The dialect: {@code --dialect}, or the one the URL names. */
  Dialect dialect() {
    if (dialect != null) {
      return Dialect.named(dialect.toLowerCase(Locale.ROOT));
    }
    if (hasDatabase()) {
      return CommandArguments.dialectOfUrl(url).orElseThrow(() -> new IllegalArgumentException("cannot tell the database from the URL " + Redact.text(url, password)
          + "; pass --dialect with one "
          + "of " + Dialect.all()));
    }
    throw new IllegalArgumentException("which database is the SQL for? Pass --dialect (one of " + Dialect.all()
        + ") or --url");
  }

  /** The migrator of the database named by {@code --url}. */
  Migrator migrator() {
    if (!hasDatabase()) {
      throw new IllegalArgumentException("no database: pass --url <JDBC URL> or set DOVETAIL_URL");
    }
    Jdbi jdbi = Jdbi.create(url, user == null ? "" : user, password == null ? "" : password);
    PrintWriter out = spec.commandLine().getOut();
    return Migrator.create(jdbi, dialect(), source()).withLockTimeout(Duration.ofSeconds(lockTimeoutSeconds))
        .withLog(line -> out.println(Redact.text(line, password))).withJavaMigrations(java == null ? List.of() : java);
  }

  /** The Java migrations, read; none for the plain {@code db}. */
  List<MigrationClass> javaMigrations() {
    return java == null ? List.of() : MigrationClass.ofAll(java);
  }

  /** Every migration, SQL and Java, with no database. */
  List<Migration> migrations() {
    return Migration.ordered(source(), javaMigrations());
  }

  /**
   * The Java migrations {@code history} records, when this is the plain {@code db}, which cannot see the
   * application's: empty otherwise.
   */
  List<AppliedMigration> unseenJava(List<AppliedMigration> history) {
    return java != null ? List.of() : history.stream().filter(r -> r.type() == Migration.Type.JAVA).toList();
  }

  /** Prints, for the plain {@code db}, that the history records Java migrations it cannot see. */
  void noteUnseenJava(List<AppliedMigration> history) {
    List<AppliedMigration> unseen = unseenJava(history);
    if (!unseen.isEmpty()) {
      spec.commandLine().getOut().println("note: the history records Java migrations (" + labels(unseen) + "). "
          + "This db runs SQL migrations only and cannot see the application's Java migrations; run the "
          + "application's db entry point (a main calling DbCommand.run(args, javaMigrations)) to see and run them.");
    }
  }

  /**
   * Stops the plain {@code db}, unless {@code --sql-only}, before it applies or reverts migrations among Java ones:
   * {@code unseen} are the Java migrations the history records where the command would act.
   */
  void refuseUnseenJava(String command, List<AppliedMigration> unseen) {
    if (unseen.isEmpty() || sqlOnly) {
      return;
    }
    throw new MigrationException("the history records Java migrations (" + labels(unseen) + "), and this db runs SQL "
        + "migrations only: it cannot " + command + ". Run the application's db entry point (a main calling "
        + "DbCommand.run(args, javaMigrations)), or pass --sql-only if you know no Java migration is concerned.");
  }

  private static String labels(List<AppliedMigration> rows) {
    return String.join(", ", rows.stream().map(r -> "V" + r.version() + " " + r.script()).toList());
  }

  /** The model, and the rename hints the processor wrote for it. */
  CompiledModel model() {
    if (model != null) {
      return CompiledModel.fromFile(model);
    }
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return CompiledModel.find(loader != null ? loader : DbCommand.class.getClassLoader(), schema, Commands.DB);
  }
}
