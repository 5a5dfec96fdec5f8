package dev.dovetail.migrate.cli;

import dev.dovetail.migrate.MigrationException;
import dev.dovetail.migrate.RenameHints;
import dev.dovetail.runtime.GeneratedNames;
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
 * Finds the compiled model: the snapshot {@code META-INF/dovetail/<Database>/schema.json} the processor
 * writes for each {@code @Database}, and beside it the rename hints {@code renames} it writes from
 * {@code @RenamedFrom}. Class loaders cannot list a folder inside a jar, so when no database is named, the
 * index {@code META-INF/dovetail/databases} (one name a line) says which there are.
 */
final class ModelLocator {
  static final String ROOT = "META-INF/dovetail/";
  static final String INDEX = GeneratedNames.databaseIndex();

  private ModelLocator() {}

  /**
   * A model and its hints.
   *
   * @param schema the model
   * @param renames the renames it declares
   */
  record Model(SchemaDef schema, RenameHints renames) {}

  static Model fromFile(Path file) {
    try {
      SchemaDef schema = SchemaJson.read(Files.readString(file, StandardCharsets.UTF_8));
      Path renames = file.resolveSibling("renames");
      return new Model(schema,
          Files.exists(renames) ? RenameHints.parse(Files.readString(renames)) : RenameHints.none());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the model " + file, e);
    }
  }

  static Model fromClasspath(String database) {
    String name = database != null ? database : onlyDatabase();
    String json = read(ROOT + name + "/schema.json");
    if (json == null) {
      throw new MigrationException("there is no " + ROOT + name + "/schema.json on the classpath: compile the "
          + "project (the annotation processor writes it for each @Database) and run db with its classes on the "
          + "classpath, or pass --model <schema.json>");
    }
    String renames = read(ROOT + name + "/renames");
    return new Model(SchemaJson.read(json), renames == null ? RenameHints.none() : RenameHints.parse(renames));
  }

  private static String onlyDatabase() {
    String index = read(INDEX);
    List<String> names = index == null ? List.of()
        : index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    throw new MigrationException(names.isEmpty()
        ? "which @Database? Pass --schema <its simple name> (or --model <schema.json>)"
        : "the classpath has several databases, " + names + "; pass --schema <one of them>");
  }

  private static String read(String resource) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = ModelLocator.class.getClassLoader();
    }
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + resource, e);
    }
  }
}
