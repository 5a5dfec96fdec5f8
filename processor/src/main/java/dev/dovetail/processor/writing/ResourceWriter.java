package dev.dovetail.processor.writing;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.runtime.internal.GeneratedNames;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.SchemaJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes a schema's resources to the class output: its DDL for every dialect
 * ({@code META-INF/dovetail/School/h2.sql}) and its snapshot ({@code META-INF/dovetail/School/schema.json}).
 */
final class ResourceWriter {
  private final Filer filer;

  ResourceWriter(Filer filer) {
    this.filer = filer;
  }

  void write(SchemaDef schema, Element... originating) throws IOException {
    for (Dialect dialect : Dialect.all()) {
      write(GeneratedNames.ddlResource(schema.name(), dialect.name()), dialect.createScript(schema), originating);
    }
    write(GeneratedNames.snapshotResource(schema.name()), SchemaJson.write(schema), originating);
  }

  void write(String path, String text, Element... originating) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, originating);
    // UTF-8 whatever the compiler's source encoding: the runtime reads these files as UTF-8.
    try (OutputStream out = file.openOutputStream()) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
