package dev.dovetail.migrate;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.schema.SchemaDef;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Applies migrations to a database, as {@code db upgrade} does, from Java: at application start,
 * {@code Migrator.upgrade(jdbi)}; or with a chosen source and dialect:
 *
 * <pre>{@code
 * Migrator migrator = Migrator.create(jdbi, Dialect.POSTGRESQL, MigrationSource.classpath("db/migration"));
 * migrator.upgrade();
 * }</pre>
 *
 * <p>Java migrations ({@link JavaMigration}) are handed over with {@link #withJavaMigrations} and ordered with
 * the SQL files by version.
 *
 * <p>Every operation that changes the database holds the {@link MigrationLock} and reads the history again
 * once it has it, so processes upgrading at once apply each migration once. Versions are the numbers of the
 * {@code V<n>__} files and classes; version 0 is the empty database. A migrator is immutable and thread-safe.
 */
public final class Migrator {
  /** How long an operation waits for another process's migration to finish, unless told otherwise. */
  public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

  private final Jdbi jdbi;
  private final Dialect dialect;
  private final MigrationSource source;
  private final Duration lockTimeout;
  private final Consumer<String> log;
  private final List<MigrationClass> java;

  private Migrator(Jdbi jdbi, Dialect dialect, MigrationSource source, Duration lockTimeout, Consumer<String> log,
      List<MigrationClass> java) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.source = Objects.requireNonNull(source, "source");
    this.lockTimeout = Objects.requireNonNull(lockTimeout, "lockTimeout");
    this.log = Objects.requireNonNull(log, "log");
    this.java = List.copyOf(java);
  }

  /** A migrator of the database behind {@code jdbi}, with the migrations of {@code source}. */
  public static Migrator create(Jdbi jdbi, Dialect dialect, MigrationSource source) {
    return new Migrator(jdbi, dialect, source, DEFAULT_LOCK_TIMEOUT, message -> {}, List.of());
  }

  /** {@link #create(Jdbi, Dialect, MigrationSource)} with the dialect detected from the database. */
  public static Migrator create(Jdbi jdbi, MigrationSource source) {
    Dialect dialect = jdbi.withHandle(h -> {
      try {
        return Dialect.detect(h.getConnection());
      } catch (SQLException e) {
        throw new MigrationException("could not read the database's product name: " + e.getMessage(), e);
      }
    });
    return create(jdbi, dialect, source);
  }

  /** Applies the migrations at the classpath location {@code db/migration}: what an application runs at start. */
  public static UpgradeResult upgrade(Jdbi jdbi) {
    return create(jdbi, MigrationSource.classpath(MigrationSource.DEFAULT_LOCATION)).upgrade();
  }

  /** This migrator, waiting up to {@code timeout} for another process's migration. */
  public Migrator withLockTimeout(Duration timeout) {
    return new Migrator(jdbi, dialect, source, timeout, log, java);
  }

  /** This migrator, telling {@code log} what it does (each migration as it starts, resumptions). */
  public Migrator withLog(Consumer<String> log) {
    return new Migrator(jdbi, dialect, source, lockTimeout, log, java);
  }

  /**
   * This migrator, with {@code migrations} (in place of any given before) ordered by version among the SQL
   * files. Their versions and descriptions are read here.
   *
   * @throws MigrationException when one has no version, or two have the same
   */
  public Migrator withJavaMigrations(List<? extends JavaMigration> migrations) {
    return new Migrator(jdbi, dialect, source, lockTimeout, log, MigrationClass.ofAll(migrations));
  }

  /** The Java migrations handed to this migrator, by version. */
  public List<MigrationClass> javaMigrations() {
    return java;
  }

  /**
   * Every migration, SQL and Java, by ascending version.
   *
   * @throws MigrationException when a file cannot be read or is misnamed, or two migrations share a version
   */
  public List<Migration> migrations() {
    return Migration.ordered(source, java);
  }

  /** The dialect the migrations are written in. */
  public Dialect dialect() {
    return dialect;
  }

  /** Where the migrations come from. */
  public MigrationSource source() {
    return source;
  }

  /** Applies every pending migration. */
  public UpgradeResult upgrade() {
    return upgrade(Integer.MAX_VALUE);
  }

  /**
   * Applies the pending migrations up to version {@code target}, each once, then compares the live schema with
   * the last applied migration's snapshot.
   *
   * @throws MigrationException when an applied file changed, a file would run out of order, a migration fails
   *     (saying how far it got and how to recover), or the lock is held too long by another
   */
  @SuppressWarnings("try") // the lock is held by being open for the block
  public UpgradeResult upgrade(int target) {
    List<Migration> migrations = migrations();
    HistoryCheck.dialects(migrations, dialect.name());
    if (target != Integer.MAX_VALUE && migrations.stream().noneMatch(s -> s.version() == target)) {
      throw new MigrationException("there is no migration V" + target + " in " + describe());
    }
    List<Migration> applied = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    int from;
    try (MigrationLock lock = MigrationLock.acquire(jdbi, dialect, lockTimeout)) {
      TreeMap<Integer, AppliedMigration> history = jdbi.withHandle(h -> {
        SchemaHistory.create(h);
        return SchemaHistory.read(h);
      });
      from = HistoryCheck.current(history);
      if (from > target) {
        throw new MigrationException("the database is at V" + from + ", past V" + target + "; use downgrade");
      }
      warnings.addAll(HistoryCheck.verify(migrations, history));
      ScriptRunner scripts = new ScriptRunner(jdbi, dialect, log, lockTimeout);
      ClassRunner classes = new ClassRunner(jdbi);
      for (Migration migration : migrations) {
        AppliedMigration row = history.get(migration.version());
        if (migration.version() > target || (row != null && row.success())) {
          continue;
        }
        log.accept("applying " + migration.script());
        if (migration instanceof MigrationScript script) {
          scripts.up(script, row);
        } else {
          classes.up((MigrationClass) migration, row);
        }
        applied.add(migration);
      }
    }
    int to = applied.isEmpty() ? from : applied.get(applied.size() - 1).version();
    warnings.addAll(drift(migrations, to));
    return new UpgradeResult(from, to, applied, warnings);
  }

  /** Reverts the newest applied migration. */
  public List<Migration> downgrade() {
    int current = current();
    int previous = jdbi.withHandle(SchemaHistory::read).headMap(current).values().stream()
        .filter(AppliedMigration::success).mapToInt(AppliedMigration::version).max().orElse(0);
    return downgrade(previous);
  }

  /**
   * Reverts, newest first, every applied migration above version {@code target} (0 reverts them all) with
   * the down part of its file or the {@code down} method of its class, and returns them.
   */
  @SuppressWarnings("try") // the lock is held by being open for the block
  public List<Migration> downgrade(int target) {
    List<Migration> migrations = migrations();
    HistoryCheck.dialects(migrations, dialect.name());
    Map<Integer, Migration> byVersion = HistoryCheck.byVersion(migrations);
    List<Migration> reverted = new ArrayList<>();
    try (MigrationLock lock = MigrationLock.acquire(jdbi, dialect, lockTimeout)) {
      TreeMap<Integer, AppliedMigration> history = jdbi.withHandle(SchemaHistory::read);
      HistoryCheck.verify(migrations, history);
      ScriptRunner scripts = new ScriptRunner(jdbi, dialect, log, lockTimeout);
      ClassRunner classes = new ClassRunner(jdbi);
      for (AppliedMigration row : history.tailMap(target, false).descendingMap().values()) {
        Migration migration = byVersion.get(row.version());
        if (migration == null) {
          throw new MigrationException("cannot downgrade V" + row.version() + ": " + (row.type() == Migration.Type.JAVA
              ? "it is the Java migration " + row.script() + ", which was not given to the migrator"
              : "its file " + row.script() + " is gone from " + source.describe()));
        }
        if (!row.success()) {
          throw new MigrationException("cannot downgrade V" + row.version() + ": it was applied only in part ("
              + row.statementsApplied() + " statements). Undo those by hand and run repair, or finish it with upgrade");
        }
        if (migration instanceof MigrationScript script) {
          if (!script.hasDown()) {
            throw new MigrationException("cannot downgrade V" + row.version() + ": " + script.fileName()
                + " has no down part (a line " + MigrationScript.DOWN_MARKER + " followed by commented-out SQL)");
          }
          log.accept("reverting " + migration.script());
          scripts.down(script);
        } else {
          log.accept("reverting " + migration.script());
          classes.down((MigrationClass) migration);
        }
        reverted.add(migration);
      }
    }
    return reverted;
  }

  /** The newest version applied in full, 0 when none is (or the history table does not exist). */
  public int current() {
    return HistoryCheck.current(jdbi.withHandle(SchemaHistory::read));
  }

  /** The history table's rows, by version. */
  public List<AppliedMigration> history() {
    return List.copyOf(jdbi.withHandle(SchemaHistory::read).values());
  }

  /** The migrations not applied in full, by version. */
  public List<Migration> pending() {
    Map<Integer, AppliedMigration> history = jdbi.withHandle(SchemaHistory::read);
    return migrations().stream()
        .filter(s -> !history.containsKey(s.version()) || !history.get(s.version()).success()).toList();
  }

  /**
   * Records the database as being at {@code version} without running anything: for a database whose schema
   * was made otherwise (by {@code createSchema()}, or by hand). Versions above it are forgotten.
   */
  @SuppressWarnings("try") // the lock is held by being open for the block
  public void stamp(int version) {
    List<Migration> migrations = migrations();
    if (version != 0 && migrations.stream().noneMatch(s -> s.version() == version)) {
      throw new MigrationException("there is no migration V" + version + " in " + describe());
    }
    try (MigrationLock lock = MigrationLock.acquire(jdbi, dialect, lockTimeout)) {
      jdbi.useHandle(h -> {
        SchemaHistory.create(h);
        TreeMap<Integer, AppliedMigration> history = SchemaHistory.read(h);
        for (AppliedMigration row : history.values()) {
          if (row.version() > version || !row.success()) {
            SchemaHistory.delete(h, row.version());
          }
        }
        for (Migration s : migrations) {
          AppliedMigration row = history.get(s.version());
          if (s.version() <= version && (row == null || !row.success())) {
            SchemaHistory.insert(h, s, 0, true, 0);
          }
        }
      });
    }
  }

  /**
   * Accepts the current checksums of applied files that changed, and forgets failed attempts; returns what
   * it did, one line each.
   */
  @SuppressWarnings("try") // the lock is held by being open for the block
  public List<String> repair() {
    Map<Integer, Migration> byVersion = HistoryCheck.byVersion(migrations());
    List<String> done = new ArrayList<>();
    try (MigrationLock lock = MigrationLock.acquire(jdbi, dialect, lockTimeout)) {
      jdbi.useHandle(h -> {
        for (AppliedMigration row : SchemaHistory.read(h).values()) {
          Migration script = byVersion.get(row.version());
          if (!row.success()) {
            SchemaHistory.delete(h, row.version());
            done.add("V" + row.version() + ": forgot the failed attempt; " + row.statementsApplied()
                + " of its statements had been applied and stay in the database unless undone by hand");
          } else if (script != null && !script.checksum().equals(row.checksum())) {
            SchemaHistory.updateChecksum(h, row.version(), script.checksum());
            done.add("V" + row.version() + ": accepted the checksum " + script.checksum() + " of " + script.script()
                + " (was " + row.checksum() + ")");
          }
        }
      });
    }
    return done;
  }

  /**
   * What keeps the database and migrations from matching {@code model}: changes no migration captures,
   * migrations not applied, failed or altered ones.
   */
  public CheckResult check(SchemaDef model, DiffOptions options) {
    CheckResult offline = MigrationAuthor.check(source, model, options);
    TreeMap<Integer, AppliedMigration> history = jdbi.withHandle(SchemaHistory::read);
    List<String> problems = new ArrayList<>(offline.problems());
    problems.addAll(HistoryCheck.altered(migrations(), history));
    history.values().stream().filter(r -> !r.success()).forEach(r -> problems.add("V" + r.version()
        + " failed part-way (" + r.statementsApplied() + " statements applied); run upgrade to resume it"));
    return new CheckResult(offline.uncaptured(), pending(), problems, offline.noMigrationsIn());
  }

  /** {@link #check(SchemaDef, DiffOptions)} with no hints. */
  public CheckResult check(SchemaDef model) {
    return check(model, DiffOptions.defaults());
  }

  /** Where the migrations come from, for messages. */
  private String describe() {
    return source.describe() + (java.isEmpty() ? "" : " or the Java migrations given");
  }

  /** The schema the database has now, read through JDBC metadata. */
  public SchemaDef liveSchema(String name) {
    return jdbi.withHandle(h -> {
      try {
        return LiveSchema.read(h.getConnection(), name);
      } catch (SQLException e) {
        throw new MigrationException("could not read the database's schema: " + e.getMessage(), e);
      }
    });
  }

  /**
   * How the live schema differs from the snapshot of the migration at {@code version}, one warning each. A Java
   * migration changes data, not the schema, so after one the snapshot is that of the SQL migration before it.
   */
  private List<String> drift(List<Migration> migrations, int version) {
    Migration at = HistoryCheck.byVersion(migrations).get(version);
    MigrationScript script = at == null ? null : migrations.stream()
        .filter(m -> m.version() <= version && m instanceof MigrationScript).map(MigrationScript.class::cast)
        .reduce((a, b) -> b).orElse(null);
    if (script == null || script.snapshotJson() == null) {
      return version == 0 ? List.of() : List.of("V" + (script == null ? version : script.version())
          + " has no snapshot; the live schema was not checked");
    }
    try {
      SchemaDef snapshot = script.snapshot().orElseThrow();
      SchemaDiff diff = SchemaDiff.between(LiveSchema.stored(snapshot, dialect), liveSchema(snapshot.name()),
          DiffOptions.defaults().withDropAndAdd(true));
      return diff.describe().stream().map(d -> "the database differs from the snapshot of " + script.fileName()
          + ": " + d).toList();
    } catch (MigrationException e) {
      return List.of("the live schema could not be compared with " + script.fileName() + ": " + e.getMessage());
    }
  }
}
