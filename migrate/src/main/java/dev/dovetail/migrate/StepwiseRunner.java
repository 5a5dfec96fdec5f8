package dev.dovetail.migrate;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.migrate.StatementEffect.Effect;
import dev.dovetail.schema.SchemaDef;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * Applies a migration statement by statement where DDL commits by itself (H2, MariaDB/MySQL), so that an
 * upgrade stopped at any point (an error, a killed process) resumes where it stopped and runs no statement twice.
 *
 * <p>A data statement commits in one transaction with the history's {@code statements_applied}: both or neither.
 * A statement that commits by itself cannot share the history's transaction; its number is recorded in
 * {@value SchemaHistory#RUNNING} while it runs. A resumed upgrade that finds a number there asks the live schema
 * whether that statement took effect ({@link StatementEffect}) and, where the schema cannot tell, stops and says
 * how to record the answer.
 */
final class StepwiseRunner {
  private final Dialect dialect;
  private final Consumer<String> log;
  private final Duration wait;

  StepwiseRunner(Dialect dialect, Consumer<String> log, Duration wait) {
    this.dialect = dialect;
    this.log = log;
    this.wait = wait;
  }

  /** Runs {@code script}'s statements from the first not applied; {@code attempt} is an earlier attempt, or null. */
  void up(Handle h, MigrationScript script, AppliedMigration attempt, long start) {
    List<String> statements = script.upStatements();
    int done = attempt == null ? 0 : attempt.statementsApplied();
    if (attempt == null) {
      SchemaHistory.insert(h, script, 0, false, 0);
    } else {
      log.accept("resuming V" + script.version() + " at statement " + (done + 1) + " of " + statements.size()
          + ": statements 1 to " + done + " were applied by an earlier attempt");
      done = settle(h, script, statements, done);
    }
    int i = done;
    try {
      for (; i < statements.size(); i++) {
        String statement = statements.get(i);
        if (StatementEffect.transactional(statement)) {
          h.begin();
          Guards.run(h, script, statements, i);
          SchemaHistory.progress(h, script.version(), i + 1);
          h.commit();
        } else {
          SchemaHistory.running(h, script.version(), i + 1);
          try {
            h.execute(statement);
          } catch (RuntimeException e) {
            // It failed: it did not take effect, and runs again on the next upgrade without a question.
            SchemaHistory.notRunning(h, script.version());
            throw e;
          }
          SchemaHistory.progress(h, script.version(), i + 1);
        }
      }
    } catch (MigrationException e) {
      rollback(h, e);
      throw new MigrationException(ScriptRunner.partialMessage(script, statements, i, "\n" + e.getMessage()), e);
    } catch (RuntimeException e) {
      rollback(h, e);
      throw new MigrationException(ScriptRunner.partialMessage(script, statements, i,
          ScriptRunner.detail(statements, i, e)), e);
    }
    SchemaHistory.finish(h, script, (System.nanoTime() - start) / 1_000_000, statements.size());
  }

  /**
   * After a stop while statement {@code done + 1} ran: waits for it, if the server still runs it for the stopped
   * process, then returns how many statements are applied, counting that one if the live schema shows it took
   * effect.
   */
  private int settle(Handle h, MigrationScript script, List<String> statements, int done) {
    Integer running = SchemaHistory.running(h, script.version());
    if (running == null || running != done + 1 || done >= statements.size()) {
      return done;
    }
    String statement = statements.get(done);
    StrayStatements.await(h, dialect, statement, wait);
    Effect effect;
    try {
      SchemaDef live = LiveSchema.read(h.getConnection(), "live");
      effect = StatementEffect.of(statement, live);
    } catch (SQLException | MigrationException e) {
      effect = Effect.UNKNOWN;
    }
    int v = script.version();
    switch (effect) {
      case APPLIED -> {
        SchemaHistory.progress(h, v, done + 1);
        log.accept("V" + v + ": statement " + (done + 1) + " took effect before the earlier attempt stopped (the "
            + "schema shows it); it is not run again");
        return done + 1;
      }
      case NOT_APPLIED -> {
        SchemaHistory.notRunning(h, v);
        return done;
      }
      default -> throw new MigrationException("V" + v + " (" + script.fileName() + ") stopped while statement "
          + (done + 1) + " of " + statements.size() + " ran, and the schema cannot tell whether it took effect:\n"
          + "  statement: " + statement.replace("\n", "\n    ") + "\nLook at the database. If it took effect (or "
          + "once you have run it by hand), record it as done:\n  UPDATE " + SchemaHistory.TABLE
          + " SET statements_applied = " + (done + 1) + ", " + SchemaHistory.RUNNING + " = NULL WHERE version = " + v
          + "\nIf it did not, let upgrade run it:\n  UPDATE " + SchemaHistory.TABLE + " SET " + SchemaHistory.RUNNING
          + " = NULL WHERE version = " + v + "\nthen run upgrade again.");
    }
  }

  private static void rollback(Handle h, Exception cause) {
    try {
      if (h.isInTransaction()) {
        h.rollback();
      }
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  /** Waits up to {@code wait} for a statement still running on the server for a process that stopped. */
  static final class StrayStatements {
    private StrayStatements() {}

    static void await(Handle h, Dialect dialect, String statement, Duration wait) {
      String query = switch (dialect.name()) {
        // A server goes on with a statement after its client died, and ends the connection only after it.
        case "mariadb" -> "SELECT INFO FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID() "
            + "AND INFO IS NOT NULL";
        case "h2" -> "SELECT EXECUTING_STATEMENT FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> SESSION_ID() "
            + "AND EXECUTING_STATEMENT IS NOT NULL";
        default -> null;
      };
      if (query == null) {
        return;
      }
      long deadline = System.nanoTime() + wait.toNanos();
      String wanted = statement.strip();
      while (h.createQuery(query).mapTo(String.class).list().stream().anyMatch(s -> s.strip().equals(wanted))) {
        if (System.nanoTime() >= deadline) {
          throw new MigrationException("waited " + AdvisoryLock.seconds(wait.toNanos()) + " for a connection that "
              + "still runs this statement of a stopped upgrade: " + wanted + "\nLet it end (or end it), then run "
              + "upgrade again.");
        }
        MigrationLock.pause();
      }
    }
  }
}
