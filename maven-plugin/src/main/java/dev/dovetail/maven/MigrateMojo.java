package dev.dovetail.maven;

import dev.dovetail.migrate.CompiledModel;
import dev.dovetail.migrate.DiffOptions;
import dev.dovetail.migrate.MigrationAuthor;
import dev.dovetail.migrate.RenameHints;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn dovetail:migrate -Dmessage="add email to students"}: writes the next migration from the difference
 * between the newest migration's snapshot and the compiled model (no database needed).
 */
@Mojo(name = "migrate", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class MigrateMojo extends DovetailMojo {
  /** What the migration does; names the file. Also {@code -Dmessage=...}. */
  @Parameter(property = "dovetail.message")
  String message;

  /** Writes drops of tables and columns to run, not commented out. */
  @Parameter(property = "dovetail.allowDataLoss", defaultValue = "false")
  boolean allowDataLoss;

  /** Takes a column or table that disappears while another of the same type appears as a drop and an add. */
  @Parameter(property = "dovetail.dropAndAdd", defaultValue = "false")
  boolean dropAndAdd;

  /** Tables renamed, old name to new (as {@code @RenamedFrom}). */
  @Parameter
  Map<String, String> renameTables = Map.of();

  /** Columns renamed, {@code table.old} (the table by its new name) to the new name. */
  @Parameter
  Map<String, String> renameColumns = Map.of();

  /** The SQL value existing rows get when a NOT NULL column is added, by {@code table.column}. */
  @Parameter
  Map<String, String> defaults = Map.of();

  @Override
  void run() throws MojoFailureException {
    String text = message != null ? message : session.getUserProperties().getProperty("message");
    if (text == null || text.isBlank()) {
      throw new MojoFailureException("dovetail:migrate needs a message, which names the file: "
          + "mvn dovetail:migrate -Dmessage=\"add email to students\"");
    }
    CompiledModel model = model();
    RenameHints hints = model.renames();
    for (Map.Entry<String, String> e : renameTables.entrySet()) {
      hints = hints.table(e.getKey(), e.getValue());
    }
    for (Map.Entry<String, String> e : renameColumns.entrySet()) {
      int dot = e.getKey().indexOf('.');
      if (dot < 0) {
        throw new MojoFailureException("<renameColumns><" + e.getKey() + ">: name the column table.old");
      }
      hints = hints.column(e.getKey().substring(0, dot), e.getKey().substring(dot + 1), e.getValue());
    }
    DiffOptions options = DiffOptions.defaults().withRenames(hints).withBackfills(defaults).withDropAndAdd(dropAndAdd);
    MigrationAuthor.Authored written = MigrationAuthor.migrate(folder(), model.schema(), dialect(), text, options,
        allowDataLoss);
    if (written.file() == null) {
      info("no changes: the model is what the newest migration's snapshot says; nothing written");
      return;
    }
    info("wrote " + written.file());
    written.diff().describe().forEach(d -> info("  " + d));
    if (written.diff().destroysData()) {
      getLog().warn(allowDataLoss ? "it drops data (allowDataLoss); review it before upgrading"
          : "the drops of data are written commented out; uncomment them after review, or migrate again with "
              + "-Ddovetail.allowDataLoss");
    }
  }

  @Override
  String goal() {
    return "migrate";
  }
}
