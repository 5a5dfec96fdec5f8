package dev.dovetail.migrate;

import dev.dovetail.runtime.internal.GeneratedNames;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.SchemaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The compiled model of an application: the snapshot {@code META-INF/dovetail/<Database>/schema.json} the
 * processor writes for each {@code @Database}, and beside it the rename hints {@code renames} it writes from
 * {@code @RenamedFrom}. The command line and the Maven plugin both find it here. Class loaders cannot list a
 * folder inside a jar, so when no database is named, the index {@code META-INF/dovetail/databases} (one name a
 * line) says which there are.
 *
 * @param schema the model
 * @param renames the renames it declares
 */
public record CompiledModel(SchemaDef schema, RenameHints renames) {
  private static final String ROOT = "META-INF/dovetail/";

  /** The model in {@code file} (a {@code schema.json}), with the {@code renames} beside it if there are any. */
  public static CompiledModel fromFile(Path file) {
    try {
      SchemaDef schema = SchemaJson.read(Files.readString(file, StandardCharsets.UTF_8));
      Path renames = file.resolveSibling("renames");
      return new CompiledModel(schema,
          Files.exists(renames) ? RenameHints.parse(Files.readString(renames)) : RenameHints.none());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the model " + file, e);
    }
  }

  /**
   * The model of {@code database} found by {@code loader}.
   *
   * @param loader the class loader of the application's classes
   * @param database the {@code @Database}'s simple name; null for the only one there is
   * @param commands how the calling tool's messages say to compile the model or to name a database
   * @throws MigrationException when there is no such model, or several and none named
   */
  public static CompiledModel find(ClassLoader loader, String database, Commands commands) {
    String name = database != null ? database : onlyDatabase(loader, commands);
    String json = read(loader, ROOT + name + "/schema.json");
    if (json == null) {
      throw new MigrationException("there is no " + ROOT + name + "/schema.json on the class path: "
          + commands.compile());
    }
    String renames = read(loader, ROOT + name + "/renames");
    return new CompiledModel(SchemaJson.read(json), renames == null ? RenameHints.none() : RenameHints.parse(renames));
  }

  private static String onlyDatabase(ClassLoader loader, Commands commands) {
    String index = read(loader, GeneratedNames.databaseIndex());
    List<String> names = index == null ? List.of()
        : index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    throw new MigrationException(names.isEmpty()
        ? "the class path has no @Database model: " + commands.compile()
        : "the class path has several databases, " + names + "; " + commands.nameDatabase());
  }

  private static String read(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + resource, e);
    }
  }
}
