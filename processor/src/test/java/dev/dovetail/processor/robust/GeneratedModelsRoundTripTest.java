package dev.dovetail.processor.robust;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Runs the generated code of valid generated models on H2 and SQLite: for each model, in a database of its own
 * (table names repeat across models), the schema created, one row per entity and one link per relationship
 * written and read back ({@link RoundTrip}). The models are the first valid ones of the seed
 * {@link GeneratedModelsTest} uses; {@code -Ddovetail.seed=N} tries others and {@code -Ddovetail.roundTrips=N}
 * runs more or fewer. A failure prints the seed, the model's index, the engine and the model's sources.
 */
class GeneratedModelsRoundTripTest {
  private static final long SEED = Long.getLong("dovetail.seed", 20_261_203L);
  /** As many as GeneratedModelsTest compiles in its first javac, so that one compilation serves both. */
  private static final int MODELS = Integer.getInteger("dovetail.roundTrips", CompiledModels.CHUNK);

  @TempDir
  Path folder;

  @Test
  void validModelsRoundTripOnH2AndSqlite() throws Exception {
    System.out.println("GeneratedModelsRoundTripTest: seed " + SEED + ", " + MODELS + " models");
    long start = System.nanoTime();
    Map<Integer, ModelSpec> models = new LinkedHashMap<>();
    for (int i = 0; i < MODELS; i++) {
      models.put(i, ModelGenerator.valid(SEED, i));
    }
    CompiledModels classes = CompiledModels.load(CompiledModels.valid(SEED, 0, MODELS), "seed " + SEED);
    long compiled = System.nanoTime();
    List<String> failures = new ArrayList<>();
    int runs = 0;
    for (Map.Entry<Integer, ModelSpec> model : models.entrySet()) {
      for (Engine engine : Engine.values()) {
        String name = "roundtrip_" + SEED + "_m" + model.getKey();
        DataSource dataSource = engine.open(name, folder);
        try {
          new RoundTrip(model.getValue(), classes).run(dataSource);
          runs++;
        } catch (Throwable t) {
          failures.add("model " + model.getKey() + " of seed " + SEED + " on " + engine + ": " + describe(t) + "\n"
              + GeneratedModelsTest.sources(model.getValue()));
        } finally {
          engine.close(dataSource, name, folder);
        }
      }
    }
    System.out.printf("GeneratedModelsRoundTripTest: %d classes compiled in %d ms, %d round trips in %d ms%n",
        classes.size(), (compiled - start) / 1_000_000, runs, (System.nanoTime() - compiled) / 1_000_000);
    if (!failures.isEmpty()) {
      report(failures);
    }
  }

  /** One example of each kind of failure, and how often each happened. */
  private static void report(List<String> failures) {
    Map<String, Integer> kinds = new TreeMap<>();
    Map<String, String> examples = new LinkedHashMap<>();
    for (String failure : failures) {
      String kind = failure.lines().findFirst().orElse("").replaceFirst("^model \\d+ of seed -?\\d+ ", "")
          .replaceAll("\\d+", "#").replaceAll("^(.{0,160}).*", "$1");
      kinds.merge(kind, 1, Integer::sum);
      examples.putIfAbsent(kind, failure);
    }
    StringBuilder summary = new StringBuilder();
    kinds.forEach((k, n) -> summary.append(n).append(" × ").append(k).append('\n'));
    fail("seed " + SEED + ": " + failures.size() + " round trips failed; rerun with -Ddovetail.seed=" + SEED + "\n"
        + summary + "\n" + String.join("\n\n", examples.values()));
  }

  /** The exception, its causes, and where it was thrown from in the generated code and the runtime. */
  private static String describe(Throwable t) {
    StringBuilder out = new StringBuilder(t.toString());
    for (Throwable cause = t.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      out.append("\n  caused by ").append(cause);
    }
    for (StackTraceElement frame : t.getStackTrace()) {
      if (frame.getClassName().startsWith("gen.") || frame.getClassName().startsWith("dev.dovetail.runtime")
          || frame.getClassName().startsWith("dev.dovetail.dialect")) {
        out.append("\n    at ").append(frame);
      }
    }
    return out.toString();
  }

  /** The two engines that run in-process, each giving every model a database of its own. */
  private enum Engine {
    H2 {
      @Override
      DataSource open(String name, Path folder) {
        JdbcDataSource h2 = new JdbcDataSource();
        // Kept while no connection is open (each DAO call takes its own), dropped in close.
        h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return h2;
      }

      @Override
      void close(DataSource dataSource, String name, Path folder) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
          st.execute("SHUTDOWN");
        }
      }
    },
    SQLITE {
      @Override
      DataSource open(String name, Path folder) {
        SQLiteConfig config = new SQLiteConfig();
        // Durability is of no use here: no fsync per commit.
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl("jdbc:sqlite:" + folder.resolve(name + ".db"));
        return sqlite;
      }

      @Override
      void close(DataSource dataSource, String name, Path folder) throws Exception {
        Files.deleteIfExists(folder.resolve(name + ".db"));
      }
    };

    abstract DataSource open(String name, Path folder);

    abstract void close(DataSource dataSource, String name, Path folder) throws Exception;
  }
}
