package dev.dovetail.processor.writing;

import com.palantir.javapoet.JavaFile;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.QueriesModel;
import dev.dovetail.runtime.internal.GeneratedNames;
import dev.dovetail.schema.SchemaDef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/**
 * Writes everything generated for one valid database: a DAO and a metamodel per entity, an implementation per
 * {@code @Queries} type, the entry point, the DDL of every dialect and the schema snapshot. Works from the model alone; elements are only handed to the Filer as the
 * originating elements of each file.
 */
public final class SourceWriter {
  private final Filer filer;
  // @javax.annotation.processing.Generated exists from Java 9: stamped only where the target release has it.
  private final boolean stamp;

  /** @param env the processing environment */
  public SourceWriter(ProcessingEnvironment env) {
    this.filer = env.getFiler();
    this.stamp = env.getElementUtils().getTypeElement(TypeNames.GENERATED) != null;
  }

  /** The schema of a valid {@code database}: what its DDL creates, and what its queries are checked against. */
  public SchemaDef schema(DatabaseModel database) {
    return new SchemaBuilder(unique(database)).schema();
  }

  /** Writes the sources and resources of {@code database}; returns its schema. */
  public SchemaDef write(DatabaseModel database) throws IOException {
    DatabaseModel db = unique(database);
    SchemaBuilder schema = new SchemaBuilder(db);
    for (EntityModel entity : db.entities()) {
      write(new DaoWriter(db, entity, schema).file());
      write(new MetamodelWriter(entity, schema).file());
    }
    for (QueriesModel queries : db.queries()) {
      write(new QueriesWriter(db, queries).file());
    }
    write(new DatabaseWriter(db, schema).file());
    List<Element> originating = new ArrayList<>();
    originating.add(db.origin().element());
    db.entities().forEach(e -> originating.add(e.origin().element()));
    originating.removeIf(Objects::isNull);
    new ResourceWriter(filer).write(schema.schema(), originating.toArray(new Element[0]));
    return schema.schema();
  }

  /**
   * Writes a generated type, stamped with {@code @Generated} where that resolves. The java.lang types it uses
   * ({@code Override}, {@code Long}, ...) stay imported explicitly, as JavaPoet does by default: a class of the
   * user's package with the same simple name would otherwise take their place.
   */
  private void write(JavaFile file) throws IOException {
    // java.lang types are imported by name like any other, so that a user's class of the package named Long
    // or String cannot take their place in generated code.
    JavaFile out = !stamp ? file : JavaFile.builder(file.packageName(),
        file.typeSpec().toBuilder().addAnnotation(TypeNames.generated()).build()).build();
    out.writeTo(filer);
  }

  /**
   * Writes {@code META-INF/dovetail/<Db>/renames}, the {@code @RenamedFrom} hints {@code db migrate} reads,
   * when there are any.
   */
  public void writeRenames(DatabaseModel database, String renames) throws IOException {
    if (renames.isEmpty()) {
      return;
    }
    new ResourceWriter(filer).write(GeneratedNames.resourceFolder(database.simpleName()) + "renames",
        "# Renames declared with @RenamedFrom on @Database " + database.simpleName() + "; read by db migrate.\n"
            + renames,
        database.origin().element());
  }

  /**
   * Writes {@code META-INF/dovetail/databases}, the names of the databases of this compilation one a line, so
   * that the {@code db} command finds the model without being told which.
   */
  public void writeIndex(List<String> databases, Element... originating) throws IOException {
    new ResourceWriter(filer).write(GeneratedNames.databaseIndex(), String.join("\n", databases) + "\n",
        originating);
  }

  /** An entity listed twice is still one table and one DAO. */
  private static DatabaseModel unique(DatabaseModel database) {
    Map<String, EntityModel> unique = new LinkedHashMap<>();
    database.entities().forEach(e -> unique.putIfAbsent(e.qualifiedName(), e));
    return new DatabaseModel(database.packageName(), database.simpleName(), database.isInterface(),
        List.copyOf(unique.values()), database.notEntities(), database.queries(), database.target(),
        database.origin(), database.qualifiedName());
  }
}
