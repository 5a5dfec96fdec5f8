package dev.dovetail.migrate;

import dev.dovetail.dialect.Dialect;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs the statements of one migration, up or down, and records it in the history. Where the database's
 * DDL is transactional the migration and its history row are one transaction; where it is not, the
 * {@link StepwiseRunner} records each statement as it is applied, so a failure or a stop says how far it got and
 * the next upgrade resumes there.
 */
final class ScriptRunner {
  private final Jdbi jdbi;
  private final Dialect dialect;
  private final Consumer<String> log;
  private final Duration lockTimeout;

  ScriptRunner(Jdbi jdbi, Dialect dialect, Consumer<String> log, Duration lockTimeout) {
    this.jdbi = jdbi;
    this.dialect = dialect;
    this.log = log;
    this.lockTimeout = lockTimeout;
  }

  /** Applies {@code script}; {@code attempt} is the history row of an earlier failed attempt, or null. */
  void up(MigrationScript script, AppliedMigration attempt) {
    List<String> statements = script.upStatements();
    long start = System.nanoTime();
    try (Handle h = jdbi.open()) {
      if (dialect.transactionalDdl()) {
        foreignKeys(h, false);
        h.begin();
        int i = 0;
        try {
          for (; i < statements.size(); i++) {
            Guards.run(h, script, statements, i);
          }
          checkForeignKeys(h, script);
          if (attempt != null) {
            SchemaHistory.delete(h, script.version());
          }
          SchemaHistory.insert(h, script, millis(start), true, statements.size());
          h.commit();
        } catch (Guards.Refused e) {
          h.rollback();
          throw new MigrationException("V" + script.version() + " (" + script.fileName() + ") was refused at "
              + "statement " + (i + 1) + " of " + statements.size() + " and rolled back: nothing of it is applied.\n"
              + e.getMessage(), e);
        } catch (MigrationException e) {
          h.rollback();
          throw e;
        } catch (RuntimeException e) {
          h.rollback();
          throw new MigrationException("V" + script.version() + " (" + script.fileName()
              + ") failed at statement " + (i + 1) + " of " + statements.size() + " and was rolled back: nothing of it"
              + " is applied. Fix the file and run upgrade again." + detail(statements, i, e), e);
        } finally {
          foreignKeys(h, true);
        }
        return;
      }
      new StepwiseRunner(dialect, log, lockTimeout).up(h, script, attempt, start);
    }
  }

  static String partialMessage(MigrationScript script, List<String> statements, int applied, String detail) {
    String v = "V" + script.version();
    String head = "applied " + applied + " of " + statements.size() + " statements of " + v + " ("
        + script.fileName() + "): statement " + (applied + 1) + " failed." + detail;
    if (applied == 0) {
      return head + "\nNothing of " + v + " is applied. Fix the file and run upgrade again.";
    }
    return head + "\nThe database's DDL is not transactional, so statements 1 to " + applied + " stay applied; "
        + "the history table " + SchemaHistory.TABLE + " records that. To recover, either fix statement "
        + (applied + 1) + " of " + script.fileName() + " (leaving statements 1 to " + applied + " as they are) and "
        + "run upgrade again, which resumes at statement " + (applied + 1) + "; or undo statements 1 to " + applied
        + " by hand and run repair, which forgets the failed attempt, then upgrade.";
  }

  /** Reverts {@code script} with its down part and removes it from the history. */
  void down(MigrationScript script) {
    List<String> statements = script.downStatements();
    try (Handle h = jdbi.open()) {
      boolean transaction = dialect.transactionalDdl();
      if (transaction) {
        foreignKeys(h, false);
        h.begin();
      }
      int i = 0;
      try {
        for (; i < statements.size(); i++) {
          Guards.run(h, script, statements, i);
        }
        if (transaction) {
          checkForeignKeys(h, script);
        }
        SchemaHistory.delete(h, script.version());
        if (transaction) {
          h.commit();
        }
      } catch (Guards.Refused e) {
        if (transaction) {
          h.rollback();
        }
        throw new MigrationException("the down part of V" + script.version() + " (" + script.fileName() + ") was "
            + "refused at statement " + (i + 1) + " of " + statements.size() + (transaction ? " and rolled back" : "")
            + "; V" + script.version() + " stays applied" + (transaction || i == 0 ? "" : " (its down statements 1 to "
            + i + " ran)") + ".\n" + e.getMessage(), e);
      } catch (MigrationException e) {
        h.rollback();
        throw e;
      } catch (RuntimeException e) {
        if (transaction) {
          h.rollback();
          throw new MigrationException("the down part of V" + script.version() + " (" + script.fileName()
              + ") failed at statement " + (i + 1) + " of " + statements.size() + " and was rolled back; V"
              + script.version() + " stays applied. Fix its down part and run downgrade again."
              + detail(statements, i, e), e);
        }
        throw new MigrationException("undid " + i + " of " + statements.size() + " down statements of V"
            + script.version() + " (" + script.fileName() + "): statement " + (i + 1) + " failed."
            + detail(statements, i, e) + "\nThe history still records V" + script.version() + " as applied. Run the "
            + "remaining down statements (" + (i + 1) + " to " + statements.size() + ") by hand, then stamp the "
            + "version below it.", e);
      } finally {
        if (transaction) {
          foreignKeys(h, true);
        }
      }
    }
  }

  private boolean sqlite() {
    return dialect.name().equals("sqlite");
  }

  /**
   * Switches SQLite's foreign keys off before a migration's transaction and on after it: a table rebuilt
   * ({@link RebuildTable}) is dropped and made again, which with foreign keys on would delete (or refuse to
   * delete) the rows of the tables that refer to it. SQLite ignores the switch inside a transaction.
   */
  private void foreignKeys(Handle h, boolean on) {
    if (sqlite()) {
      h.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
    }
  }

  /** On SQLite, fails the migration (before its commit) when a row refers to a row that is not there. */
  private void checkForeignKeys(Handle h, MigrationScript script) {
    if (!sqlite()) {
      return;
    }
    List<String> broken = h.createQuery("PRAGMA foreign_key_check").map((rs, ctx) -> "row " + rs.getLong("rowid")
        + " of " + rs.getString("table") + " refers to a row of " + rs.getString("parent") + " that is not there")
        .list();
    if (!broken.isEmpty()) {
      throw new MigrationException("V" + script.version() + " (" + script.fileName() + ") was rolled back: it would "
          + "leave foreign keys broken (PRAGMA foreign_key_check): " + String.join("; ", broken.subList(0,
              Math.min(10, broken.size()))) + (broken.size() > 10 ? "; and " + (broken.size() - 10) + " more" : ""));
    }
  }

  static String detail(List<String> statements, int index, RuntimeException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String message = cause.getMessage() == null ? cause.toString() : cause.getMessage().lines().findFirst().orElse("");
    return "\n  statement: " + statements.get(index).replace("\n", "\n    ") + "\n  error: " + message;
  }

  private static long millis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
