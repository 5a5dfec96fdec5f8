package dev.dovetail.maven;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.migrate.AppliedMigration;
import dev.dovetail.migrate.CommandArguments;
import dev.dovetail.migrate.Commands;
import dev.dovetail.migrate.CompiledModel;
import dev.dovetail.migrate.Migration;
import dev.dovetail.migrate.MigrationException;
import dev.dovetail.migrate.MigrationSource;
import dev.dovetail.migrate.Migrator;
import java.io.File;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * What every goal shares: the connection settings ({@link ConnectionSettings}), the migrations folder, the
 * project's classes and dependencies as the class path the model and the JDBC driver are read from, and
 * failures reported as build failures with every password blanked out.
 */
public abstract class DovetailMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Parameter(defaultValue = "${settings}", readonly = true)
  Settings settings;

  @Component
  SettingsDecrypter decrypter;

  /** JDBC URL of the database; see {@link ConnectionSettings} for the other ways to give it. */
  @Parameter
  String url;

  /** Database user. */
  @Parameter
  String user;

  /** Database password; never printed. */
  @Parameter
  String password;

  /** The {@code settings.xml} server whose username and password are used when none is given otherwise. */
  @Parameter(property = "dovetail.serverId")
  String serverId;

  /** The {@code @Database} whose model is used (its simple name); needed when the project has several. */
  @Parameter(property = "dovetail.schema")
  String schema;

  /** The database the SQL is written for ({@code h2}, {@code postgresql}, ...); default: from the URL. */
  @Parameter(property = "dovetail.dialect")
  String dialect;

  /** The migrations folder. */
  @Parameter(property = "dovetail.migrations", defaultValue = "${project.basedir}/src/main/resources/db/migration")
  File migrations;

  /** Seconds to wait for another process's migration of the same database. */
  @Parameter(property = "dovetail.lockTimeout", defaultValue = "60")
  int lockTimeout;

  /** Skips the goal. */
  @Parameter(property = "dovetail.skip", defaultValue = "false")
  boolean skip;

  /** Goes on with the SQL migrations alone when the history records Java migrations. */
  @Parameter(property = "dovetail.sqlOnly", defaultValue = "false")
  boolean sqlOnly;

  private ConnectionSettings connection;
  private Redactor redactor = Redactor.of(List.of());
  private ProjectClasspath classpath;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("dovetail: skipped");
      return;
    }
    connection = ConnectionSettings.resolve(new ConnectionSettings.Sources(commandLine(), System.getenv(),
        properties(project.getProperties()), configured(), server()));
    redactor = Redactor.of(List.of(connection.password() == null ? "" : connection.password()));
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (ProjectClasspath cp = ProjectClasspath.of(project.getRuntimeClasspathElements(), getClass().getClassLoader())) {
      classpath = cp;
      // Resources the migrate API looks up without a loader of its own (the classpath migrations) come from here.
      thread.setContextClassLoader(cp.loader());
      run();
    } catch (MojoFailureException | MojoExecutionException e) {
      throw e;
    } catch (Exception e) {
      // No cause attached: mvn -e would print its message, and a driver may quote the URL or password in it.
      throw new MojoFailureException("dovetail:" + goal() + " failed: " + redactor.describe(e));
    } finally {
      thread.setContextClassLoader(previous);
      classpath = null;
    }
  }

  /** What the goal does. */
  abstract void run() throws Exception;

  /** The goal's name, for messages. */
  abstract String goal();

  /** Logs each line of {@code text}, redacted. */
  final void info(String text) {
    redactor.redact(text).lines().forEach(getLog()::info);
  }

  /** Redacts {@code text}. */
  final String redact(String text) {
    return redactor.redact(text);
  }

  /** The resolved connection settings. */
  final ConnectionSettings connection() {
    return connection;
  }

  /** How the engine's messages name what a Maven user runs: this plugin's goals, not the {@code db} commands. */
  static final Commands MAVEN = new Commands("mvn dovetail:init",
      "mvn dovetail:migrate -Dmessage=\"...\", review and commit it", "mvn dovetail:upgrade",
      "compile it first (mvn compile dovetail:...), with dovetail-processor in the maven-compiler-plugin's "
          + "annotationProcessorPaths, which writes it for each @Database",
      "name one with <schema> or -Ddovetail.schema=<name>");

  /** The compiled model. */
  final CompiledModel model() {
    return CompiledModel.find(classpath.loader(), schema, MAVEN);
  }

  /** The migrations folder. */
  final java.nio.file.Path folder() {
    return migrations.toPath();
  }

  /** Where migrations are read from: the folder, or the project's classpath when the folder is not there. */
  final MigrationSource source() {
    return migrations.isDirectory() ? MigrationSource.folder(folder())
        : MigrationSource.classpath(MigrationSource.DEFAULT_LOCATION, classpath.loader());
  }

  /** The dialect: {@code <dialect>}, or the one the URL names. */
  final Dialect dialect() {
    if (dialect != null) {
      return Dialect.named(dialect.toLowerCase(Locale.ROOT));
    }
    if (connection.hasUrl()) {
      return CommandArguments.dialectOfUrl(connection.url()).orElseThrow(() -> new IllegalArgumentException(
          "cannot tell the database from the URL " + redact(connection.url()) + "; set <dialect> or "
              + "-Ddovetail.dialect to one of " + Dialect.all()));
    }
    throw new IllegalArgumentException("which database is the SQL for? Set <dialect> or -Ddovetail.dialect (one of "
        + Dialect.all() + "), or give the database's URL (<url>, -Ddovetail.url or DOVETAIL_URL)");
  }

  /** The migrator of the configured database, logging each migration it applies or reverts. */
  final Migrator migrator() {
    if (!connection.hasUrl()) {
      throw new IllegalArgumentException("no database: set <url> in the plugin's configuration, -Ddovetail.url=<JDBC "
          + "URL> or the environment variable DOVETAIL_URL");
    }
    var jdbi = classpath.jdbi(connection, redactor);
    Migrator migrator = dialect != null ? Migrator.create(jdbi, dialect(), source()) : Migrator.create(jdbi, source());
    return migrator.withLockTimeout(Duration.ofSeconds(lockTimeout)).withLog(this::info);
  }

  /**
   * Stops, unless {@code sqlOnly}, before acting where the history records Java migrations: the plugin runs SQL
   * migrations only (nothing is looked up by reflection), so Java migrations may be pending there.
   */
  final void refuseJava(String action, List<AppliedMigration> rows) {
    List<String> java = rows.stream().filter(r -> r.type() == Migration.Type.JAVA)
        .map(r -> "V" + r.version() + " " + r.script()).toList();
    if (!java.isEmpty() && !sqlOnly) {
      throw new MigrationException("the history records Java migrations " + java + ", which this plugin cannot run: "
          + "it cannot " + action + ". Run the application's own migration entry point, or pass -Ddovetail.sqlOnly "
          + "if you know no Java migration is concerned");
    }
  }

  private Map<String, String> commandLine() {
    Map<String, String> all = new HashMap<>(properties(session.getSystemProperties()));
    all.putAll(properties(session.getUserProperties()));
    return all;
  }

  private static Map<String, String> properties(java.util.Properties properties) {
    Map<String, String> out = new HashMap<>();
    if (properties != null) {
      properties.stringPropertyNames().forEach(n -> out.put(n, properties.getProperty(n)));
    }
    return out;
  }

  private Map<String, String> configured() {
    Map<String, String> out = new HashMap<>();
    out.put("url", url);
    out.put("user", user);
    out.put("password", password);
    return out;
  }

  private ConnectionSettings server() throws MojoExecutionException {
    if (serverId == null) {
      return null;
    }
    Server server = settings == null ? null : settings.getServer(serverId);
    if (server == null) {
      throw new MojoExecutionException("settings.xml has no <server> with <id>" + serverId + "</id> (<serverId> of "
          + "the dovetail plugin): add one with <username> and <password>, or remove <serverId>");
    }
    SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    for (SettingsProblem problem : result.getProblems()) {
      getLog().warn("settings.xml server " + serverId + ": " + problem.getMessage());
    }
    Server decrypted = result.getServer();
    return new ConnectionSettings(null, decrypted.getUsername(), decrypted.getPassword());
  }
}
