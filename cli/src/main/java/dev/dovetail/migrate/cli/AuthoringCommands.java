package dev.dovetail.migrate.cli;

import dev.dovetail.migrate.CheckResult;
import dev.dovetail.migrate.CommandArguments;
import dev.dovetail.migrate.CompiledModel;
import dev.dovetail.migrate.DiffOptions;
import dev.dovetail.migrate.Migration;
import dev.dovetail.migrate.MigrationAuthor;
import dev.dovetail.migrate.MigrationScript;
import dev.dovetail.migrate.Migrator;
import dev.dovetail.migrate.RenameHints;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The commands that write or read migrations without changing a database: init, migrate, check, sql. */
final class AuthoringCommands {
  private AuthoringCommands() {}

  @Command(name = "init", mixinStandardHelpOptions = true,
      description = "Creates the migrations folder and V1, creating every table of the model.")
  static final class Init implements Callable<Integer> {
    @ParentCommand
    DbCommand db;

    @Option(names = {"-m", "--message"}, defaultValue = "create the schema", description = "what V1 does")
    String message;

    @Override
    public Integer call() {
      CompiledModel model = db.model();
      MigrationAuthor.Authored written = MigrationAuthor.init(db.folder(), model.schema(), db.dialect(), message);
      PrintWriter out = db.spec.commandLine().getOut();
      out.println("wrote " + written.file());
      written.diff().describe().forEach(d -> out.println("  " + d));
      return 0;
    }
  }

  @Command(name = "migrate", mixinStandardHelpOptions = true,
      description = "Writes the next migration from the difference between the newest "
      + "migration's snapshot and the model (no database needed).")
  static final class Migrate implements Callable<Integer> {
    @ParentCommand
    DbCommand db;

    @Option(names = {"-m", "--message"}, required = true, description = "what the migration does; names the file")
    String message;

    @Option(names = "--allow-data-loss", description = "write drops of tables and columns to run, not commented out")
    boolean allowDataLoss;

    @Option(names = "--drop-and-add", description = "take a column or table that disappears while another of the "
        + "same type appears as a drop and an add, not as a possible rename")
    boolean dropAndAdd;

    @Option(names = "--rename-table", paramLabel = "<old=new>", description = "a table renamed (as @RenamedFrom)")
    Map<String, String> renameTables = new LinkedHashMap<>();

    @Option(names = "--rename-column", paramLabel = "<table.old=new>",
        description = "a column renamed, its table by its new name (as @RenamedFrom)")
    Map<String, String> renameColumns = new LinkedHashMap<>();

    @Option(names = "--default", paramLabel = "<table.column=SQL>", description = "the value existing rows get when "
        + "a NOT NULL column is added or a column becomes NOT NULL (default: the type's zero value)")
    Map<String, String> defaults = new LinkedHashMap<>();

    @Override
    public Integer call() {
      CompiledModel model = db.model();
      DiffOptions options = options(model.renames(), renameTables, renameColumns).withBackfills(defaults)
          .withDropAndAdd(dropAndAdd);
      MigrationAuthor.Authored written = MigrationAuthor.migrate(db.folder(), model.schema(), db.dialect(), message,
          options, allowDataLoss, db.javaMigrations());
      PrintWriter out = db.spec.commandLine().getOut();
      if (written.file() == null) {
        out.println("no changes: the model is what the newest migration's snapshot says; nothing written");
        return 0;
      }
      out.println("wrote " + written.file());
      written.diff().describe().forEach(d -> out.println("  " + d));
      if (written.diff().destroysData()) {
        // Drops and narrowing type changes alike: the lines above say which change does which.
        out.println(allowDataLoss ? "warning: it drops or may lose data (--allow-data-loss); review it before "
            + "upgrading" : "note: the changes that drop or may lose data are written commented out; uncomment "
                + "them after review, or migrate again with --allow-data-loss");
      }
      return 0;
    }
  }

  /** The model's hints and the command line's, which win. */
  static DiffOptions options(RenameHints fromModel, Map<String, String> tables, Map<String, String> columns) {
    RenameHints hints = fromModel;
    for (Map.Entry<String, String> e : tables.entrySet()) {
      hints = hints.table(e.getKey(), e.getValue());
    }
    for (Map.Entry<String, String> e : columns.entrySet()) {
      int dot = e.getKey().indexOf('.');
      if (dot < 0) {
        throw new IllegalArgumentException("--rename-column " + e.getKey() + "=" + e.getValue()
            + ": write it table.old=new");
      }
      hints = hints.column(e.getKey().substring(0, dot), e.getKey().substring(dot + 1), e.getValue());
    }
    return DiffOptions.defaults().withRenames(hints);
  }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Fails (exit 1) when the model has changes no migration captures, or, "
      + "with --url, when the database is behind.")
  static final class Check implements Callable<Integer> {
    @ParentCommand
    DbCommand db;

    @Override
    public Integer call() {
      CompiledModel model = db.model();
      DiffOptions options = DiffOptions.defaults().withRenames(model.renames());
      PrintWriter out = db.spec.commandLine().getOut();
      CheckResult result;
      if (db.hasDatabase()) {
        Migrator migrator = db.migrator();
        result = migrator.check(model.schema(), options);
        out.println(result.report());
        db.noteUnseenJava(migrator.history());
      } else {
        result = MigrationAuthor.check(db.source(), model.schema(), options);
        out.println(result.report());
        out.println("(no database checked: pass --url or set DOVETAIL_URL to check it too)");
      }
      return result.ok() ? 0 : 1;
    }
  }

  @Command(name = "sql", mixinStandardHelpOptions = true,
      description = "Prints the SQL of the migrations from one version to another, offline: "
      + "up when the second is higher (1:3 prints V2 and V3), down when lower (3:1 undoes V3 and V2).")
  static final class Sql implements Callable<Integer> {
    @ParentCommand
    DbCommand db;

    @Parameters(arity = "0..1", paramLabel = "[from:to]", defaultValue = ":",
        description = "versions; a missing one is 0 (from) or the newest (to); default: every migration, up")
    String range;

    @Override
    public Integer call() {
      List<Migration> scripts = db.migrations();
      int newest = scripts.isEmpty() ? 0 : scripts.get(scripts.size() - 1).version();
      int colon = range.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("write the range as from:to, e.g. 1:3 or 3:1, not " + range);
      }
      String a = range.substring(0, colon).strip().replaceFirst("^[Vv]", "");
      String b = range.substring(colon + 1).strip().replaceFirst("^[Vv]", "");
      int from = a.isEmpty() ? 0 : CommandArguments.version(a);
      int to = b.isEmpty() ? newest : CommandArguments.version(b);
      PrintWriter out = db.spec.commandLine().getOut();
      boolean up = to >= from;
      List<Migration> chosen = scripts.stream()
          .filter(s -> up ? s.version() > from && s.version() <= to : s.version() > to && s.version() <= from)
          .sorted((x, y) -> up ? Integer.compare(x.version(), y.version()) : Integer.compare(y.version(), x.version()))
          .toList();
      for (Migration m : chosen) {
        if (m instanceof MigrationScript s) {
          out.println("-- " + s.fileName() + (up ? " (up)" : " (down)"));
          for (String statement : up ? s.upStatements() : s.downStatements()) {
            out.println(statement + ";");
          }
        } else {
          out.println("-- V" + m.version() + " " + m.script() + " (Java: runs its " + (up ? "up" : "down")
              + "(Handle) in a transaction; no SQL to print)");
        }
        out.println();
      }
      return 0;
    }
  }
}
