package dev.dovetail.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.it.school.SchoolDb;
import dev.dovetail.it.social.SocialDb;
import dev.dovetail.runtime.internal.GeneratedNames;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.SchemaJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The DDL and snapshot resources match the schema the generated code carries. */
class GeneratedResourcesTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = GeneratedResourcesTest.class.getClassLoader().getResourceAsStream(name)) {
      assertNotNull(in, name + " is on the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void ddlResourceOfEveryDialectIsTheScriptOfTheSchema() throws IOException {
    for (SchemaDef schema : new SchemaDef[] {SchoolDb.SCHEMA, SocialDb.SCHEMA}) {
      for (Dialect dialect : Dialect.all()) {
        assertEquals(dialect.createScript(schema),
            resource(GeneratedNames.ddlResource(schema.name(), dialect.name())));
      }
    }
  }

  @Test
  void snapshotReadsBackAsTheSchema() throws IOException {
    assertEquals(SocialDb.SCHEMA, SchemaJson.read(resource(GeneratedNames.snapshotResource("Social"))));
    assertEquals(SchoolDb.SCHEMA, SchemaJson.read(resource(GeneratedNames.snapshotResource("School"))));
  }

  @Test
  void associationTablesComeAfterTheTablesTheyReferTo() {
    assertEquals(java.util.List.of("students", "classes", "registrations", "waitlist"),
        SchoolDb.SCHEMA.tables().stream().map(t -> t.name()).toList());
  }
}
