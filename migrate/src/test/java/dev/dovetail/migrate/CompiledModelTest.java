package dev.dovetail.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled model found on a class loader, as the command line and the Maven plugin both find it. */
class CompiledModelTest {
  private static final String EMPTY = "{\"format\": 1, \"schema\": \"%s\", \"tables\": []}";

  @TempDir Path classes;

  private ClassLoader loader(List<String> databases, boolean index) throws IOException {
    for (String name : databases) {
      Path folder = Files.createDirectories(classes.resolve("META-INF/dovetail/" + name));
      Files.writeString(folder.resolve("schema.json"), String.format(EMPTY, name));
    }
    Files.writeString(Files.createDirectories(classes.resolve("META-INF/dovetail/School")).resolve("renames"),
        "column students mail email\n");
    if (index) {
      Files.writeString(classes.resolve("META-INF/dovetail/databases"), "# databases\n" + String.join("\n", databases));
    }
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);
  }

  @Test
  void theOnlyDatabaseIsFoundThroughTheIndexWithItsRenames() throws IOException {
    CompiledModel model = CompiledModel.find(loader(List.of("School"), true), null, Commands.DB);
    assertEquals("School", model.schema().name());
    assertEquals(new CompiledModel(model.schema(), RenameHints.parse("column students mail email\n")), model);
  }

  @Test
  void aNamedDatabaseIsFoundWithoutTheIndex() throws IOException {
    assertEquals("Shop", CompiledModel.find(loader(List.of("School", "Shop"), false), "Shop", Commands.DB)
        .schema().name());
  }

  @Test
  void severalDatabasesAskForOneInTheToolsWords() throws IOException {
    Commands maven = new Commands("mvn dovetail:init", "mvn dovetail:migrate", "mvn dovetail:upgrade",
        "compile it first", "name one with <schema>");
    MigrationException e = assertThrows(MigrationException.class,
        () -> CompiledModel.find(loader(List.of("School", "Shop"), true), null, maven));
    assertEquals("the class path has several databases, [School, Shop]; name one with <schema>", e.getMessage());
  }

  @Test
  void aMissingModelSaysHowToCompileIt() throws IOException {
    MigrationException e = assertThrows(MigrationException.class,
        () -> CompiledModel.find(loader(List.of("School"), true), "Shop", Commands.DB));
    assertEquals("there is no META-INF/dovetail/Shop/schema.json on the class path: " + Commands.DB.compile(),
        e.getMessage());
    ClassLoader empty = new URLClassLoader(new URL[] {Files.createDirectory(classes.resolve("empty")).toUri().toURL()},
        null);
    MigrationException none = assertThrows(MigrationException.class, () -> CompiledModel.find(empty, null, Commands.DB));
    assertTrue(none.getMessage().startsWith("the class path has no @Database model: "), none.getMessage());
  }

  @Test
  void aModelFileIsReadWithTheRenamesBesideIt() throws IOException {
    loader(List.of("School"), false);
    CompiledModel model = CompiledModel.fromFile(classes.resolve("META-INF/dovetail/School/schema.json"));
    assertEquals(RenameHints.parse("column students mail email\n"), model.renames());
  }
}
