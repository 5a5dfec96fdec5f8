package dev.dovetail.maven;

import dev.dovetail.migrate.MigrationException;
import dev.dovetail.migrate.RenameHints;
import dev.dovetail.runtime.GeneratedNames;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.SchemaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The compiled model of the project: the snapshot {@code META-INF/dovetail/<Database>/schema.json} the
 * processor writes for each {@code @Database}, and the rename hints beside it. When no database is named,
 * the index of databases the processor writes says which there are.
 *
 * @param schema the model
 * @param renames the renames it declares ({@code @RenamedFrom})
 */
record ProjectModel(SchemaDef schema, RenameHints renames) {
  private static final String ROOT = "META-INF/dovetail/";

  /** The model of {@code database} (its simple name; null when the project has one) found by {@code loader}. */
  static ProjectModel load(ClassLoader loader, String database) {
    String name = database != null ? database : onlyDatabase(loader);
    String json = read(loader, ROOT + name + "/schema.json");
    if (json == null) {
      throw new MigrationException("there is no " + ROOT + name + "/schema.json in the project's classes: compile "
          + "it first (mvn compile dovetail:...), with dovetail-processor in the maven-compiler-plugin's "
          + "annotationProcessorPaths, which writes it for each @Database");
    }
    String renames = read(loader, ROOT + name + "/renames");
    return new ProjectModel(SchemaJson.read(json), renames == null ? RenameHints.none() : RenameHints.parse(renames));
  }

  private static String onlyDatabase(ClassLoader loader) {
    String index = read(loader, GeneratedNames.databaseIndex());
    List<String> names = index == null ? List.of()
        : index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    throw new MigrationException(names.isEmpty()
        ? "the project's classes have no @Database model: compile it first (mvn compile dovetail:...), with "
            + "dovetail-processor in the maven-compiler-plugin's annotationProcessorPaths"
        : "the project has several databases, " + names + "; name one with <schema> or -Ddovetail.schema=<name>");
  }

  private static String read(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + resource, e);
    }
  }
}
