package dev.dovetail.bench.startup;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.bench.model.BenchDb;
import dev.dovetail.bench.model.Student;
import dev.dovetail.dialect.Dialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up mains, each in a JVM of its own on an H2 file database set up as {@link StartupHarness} sets it
 * up: each prints the row, and Dovetail's main on a data source loads on its way to the row neither JDBI nor
 * what hand-written JDBC does not (the classes a JVM loads are what its start-up pays for).
 */
class StartupMainsTest {
  @TempDir
  static Path dir;
  static String url;
  static long id;

  @BeforeAll
  static void database() {
    url = "jdbc:h2:file:" + dir.resolve("bench");
    BenchDb setup = BenchDb.create(Jdbi.create(url, "sa", ""), Dialect.H2);
    setup.createSchema();
    id = setup.students().insert(new Student(null, "Ada")).id();
  }

  @Test
  void everyMainPrintsTheRow() throws Exception {
    for (Map.Entry<String, Class<?>> main : StartupHarness.mains().entrySet()) {
      // As the harness reads it: the row, then the CPU time; a framework may log before them.
      List<String> out = launch(main.getValue());
      int row = out.indexOf("row Ada");
      assertTrue(row >= 0 && row + 1 < out.size() && out.get(row + 1).startsWith("cpu "),
          main.getKey() + " printed " + out);
    }
  }

  @Test
  void dovetailOnADataSourceLoadsNoJdbiAndNoJdkClassesJdbcDoesNotBeforeItsRow() throws Exception {
    Set<String> jdbc = classesBeforeTheRow(FirstRowJdbcReturning.class);
    Set<String> dovetail = classesBeforeTheRow(FirstRowDovetailPool.class);
    List<String> jdbi = new ArrayList<>();
    List<String> extraJdk = new ArrayList<>();
    for (String name : dovetail) {
      if (name.startsWith("org.jdbi.")) {
        jdbi.add(name);
      }
      // Streams and functional interfaces: what a stream pipeline in the runtime's first call would load.
      if ((name.startsWith("java.util.stream.") || name.startsWith("java.util.function.")) && !jdbc.contains(name)) {
        extraJdk.add(name);
      }
    }
    assertAll(() -> assertEquals(List.of(), jdbi, "JDBI classes loaded before the row"),
        () -> assertEquals(List.of(), extraJdk, "JDK stream classes loaded before the row that JDBC does not load"));
  }

  /** The classes {@code main} loaded until its row, hidden classes left out (their names vary by run). */
  private static Set<String> classesBeforeTheRow(Class<?> main) throws Exception {
    Path log = Files.createTempFile(dir, main.getSimpleName(), ".log");
    List<String> out = launch(main, "-Xlog:class+load:file=" + log);
    assertTrue(out.contains("row Ada"), main.getSimpleName() + " printed " + out);
    Set<String> classes = new LinkedHashSet<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      // [0.123s][info][class,load] java.lang.Object source: shared objects file
      String[] words = line.split(" ");
      if (words.length < 2 || !words[0].contains("class,load")) {
        continue;
      }
      if (words[1].equals(FirstRow.class.getName())) {
        return classes;
      }
      if (!words[1].contains("$$Lambda") && !words[1].contains("LambdaForm$")) {
        classes.add(words[1]);
      }
    }
    throw new AssertionError(main.getSimpleName() + " loaded no " + FirstRow.class.getName());
  }

  private static List<String> launch(Class<?> main, String... jvmOptions) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName(), url, "sa",
        Long.toString(id)));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return out.lines().toList();
  }
}
