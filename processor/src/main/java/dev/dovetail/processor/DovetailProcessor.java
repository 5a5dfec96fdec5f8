package dev.dovetail.processor;

import com.google.auto.service.AutoService;
import dev.dovetail.Column;
import dev.dovetail.Database;
import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToMany;
import dev.dovetail.ManyToOne;
import dev.dovetail.processor.migration.MigrationCheck;
import dev.dovetail.processor.migration.MigrationFolder;
import dev.dovetail.Queries;
import dev.dovetail.processor.checking.QueryChecker;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.Origin;
import dev.dovetail.processor.reading.ModelReader;
import dev.dovetail.processor.reading.RenameReader;
import dev.dovetail.processor.validation.GeneratedNameValidator;
import dev.dovetail.processor.validation.Validator;
import dev.dovetail.processor.validation.Validators;
import dev.dovetail.processor.writing.SourceWriter;
import dev.dovetail.schema.MigrationsCheck;
import dev.dovetail.schema.SchemaDef;
import java.io.PrintWriter;
import java.lang.annotation.Annotation;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Dovetail's annotation processor. Per {@code @Database}: reads the declarations into a model, runs every
 * validator (reporting every error of the round), prepares the declared queries against the schema, and,
 * when nothing failed, writes the DAOs, the entities' metamodels, the queries' implementations, the database
 * entry point, the DDL of each dialect and the schema snapshot.
 *
 * <p>A database whose entities refer to types not generated yet is deferred to the next round, and
 * reported only if still unresolved when processing is over.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes({"dev.dovetail.Entity", "dev.dovetail.Database", "dev.dovetail.Queries",
    "dev.dovetail.Column", "dev.dovetail.Id", "dev.dovetail.GeneratedValue", "dev.dovetail.ManyToOne",
    "dev.dovetail.ManyToMany", "dev.dovetail.ManyToMany.List"})
@SupportedOptions(MigrationFolder.OPTION)
public final class DovetailProcessor extends AbstractProcessor {
  private final Set<String> deferred = new LinkedHashSet<>();
  private final Set<String> listedEntities = new HashSet<>();
  private final Set<String> declaredEntities = new LinkedHashSet<>();
  private final Map<String, Element> writtenDatabases = new LinkedHashMap<>();
  private final Set<String> listedQueries = new HashSet<>();
  private final Set<String> declaredQueries = new LinkedHashSet<>();
  private final QueryChecker checker = new QueryChecker();
  // One set of rules for the whole compilation: some judge across databases (an entity listed in two).
  private final List<Validator> validators = Validators.all();
  // Where dovetail-migrate's comparison is looked for: the processor path.
  private final ClassLoader engines;
  private final GeneratedNameValidator generatedNames = new GeneratedNameValidator();
  private Reporter reporter;
  private ModelReader reader;
  private SourceWriter writer;

  /** The processor javac runs. */
  public DovetailProcessor() {
    this(DovetailProcessor.class.getClassLoader());
  }

  /** A processor that looks for the migration engine in {@code engines} (a test's stand-in for the path). */
  DovetailProcessor(ClassLoader engines) {
    this.engines = engines;
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    reporter = new Reporter(env.getMessager());
    reader = new ModelReader(env);
    writer = new SourceWriter(env);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    checkPlacement(round);
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement type) {
        generatedNames.sourceType(type.getQualifiedName().toString());
      }
    }
    Set<String> names = new LinkedHashSet<>(deferred);
    deferred.clear();
    for (Element element : round.getElementsAnnotatedWith(Database.class)) {
      if (element instanceof TypeElement type) {
        names.add(type.getQualifiedName().toString());
      }
    }
    for (Element element : round.getElementsAnnotatedWith(Entity.class)) {
      if (element instanceof TypeElement type) {
        declaredEntities.add(type.getQualifiedName().toString());
      }
    }
    for (Element element : round.getElementsAnnotatedWith(Queries.class)) {
      if (element instanceof TypeElement type) {
        declaredQueries.add(type.getQualifiedName().toString());
      }
    }
    for (String name : names) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        processDatabase(type, round.processingOver());
      }
    }
    if (round.processingOver()) {
      warnAboutUnlisted();
      writeIndex();
    }
    return false;
  }

  /** Mapping annotations where they would be silently ignored (DV114). */
  private void checkPlacement(RoundEnvironment round) {
    AnnotationPlacement placement = new AnnotationPlacement(reporter);
    for (Class<? extends Annotation> member : List.of(Column.class, Id.class, GeneratedValue.class,
        ManyToOne.class)) {
      for (Element element : round.getElementsAnnotatedWith(member)) {
        guard(element, () -> placement.member(element, member.getSimpleName()));
      }
    }
    Set<Element> owners = new LinkedHashSet<>(round.getElementsAnnotatedWith(ManyToMany.class));
    owners.addAll(round.getElementsAnnotatedWith(ManyToMany.List.class));
    owners.forEach(owner -> guard(owner, () -> placement.manyToMany(owner)));
  }

  private void guard(Element element, Runnable check) {
    try {
      check.run();
    } catch (RuntimeException | LinkageError | AssertionError e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      reporter.error(Origin.of(element), Diagnostic.INTERNAL_ERROR, element.getSimpleName(), e, trace);
    }
  }

  private void processDatabase(TypeElement type, boolean lastRound) {
    try {
      List<String> unresolved = reader.unresolved(type);
      if (!unresolved.isEmpty()) {
        if (!lastRound) {
          deferred.add(type.getQualifiedName().toString());
        } else {
          reporter.error(Origin.of(type), Diagnostic.UNRESOLVED_TYPE, type.getSimpleName(),
              String.join(", ", unresolved));
        }
        return;
      }
      DatabaseModel database = reader.read(type);
      database.entities().forEach(e -> listedEntities.add(e.qualifiedName()));
      database.queries().forEach(q -> listedQueries.add(q.qualifiedName()));
      int before = reporter.errorCount();
      for (Validator validator : validators) {
        validator.validate(database, reporter);
      }
      Validators.guarded(generatedNames).validate(database, reporter);
      // The statements are prepared against the schema only once the model it is built from is valid.
      if (reporter.errorCount() == before) {
        checker.check(database, writer.schema(database), reporter);
      }
      if (reporter.errorCount() == before) {
        SchemaDef schema = writer.write(database);
        String renames = RenameReader.read(database);
        writer.writeRenames(database, renames);
        writtenDatabases.put(database.simpleName(), type);
        checkMigrations(database, schema, renames);
      }
    } catch (Exception | LinkageError | AssertionError e) {
      internalError(type, e);
    }
  }

  /** The compile-time form of {@code db check}: warns when the model is ahead of the newest migration. */
  private void checkMigrations(DatabaseModel database, SchemaDef schema, String renames) {
    Path folder = MigrationFolder.locate(processingEnv.getOptions().get(MigrationFolder.OPTION));
    if (folder == null) {
      return;
    }
    Optional<MigrationsCheck> check = MigrationCheck.find(engines);
    if (check.isEmpty()) {
      reporter.warning(database.origin(), Diagnostic.MIGRATION_ENGINE_MISSING, database.simpleName(), folder);
      return;
    }
    try {
      check.get().check(folder, schema, renames).ifPresent(finding -> reporter.warning(database.origin(),
          Diagnostic.MODEL_AHEAD_OF_MIGRATIONS, database.simpleName(), finding.newest(),
          String.join(System.lineSeparator(), finding.changes().isEmpty() ? finding.problems() : finding.changes()),
          database.simpleName()));
    } catch (RuntimeException e) {
      reporter.warning(database.origin(), Diagnostic.MIGRATIONS_UNREADABLE, folder, database.simpleName(),
          e.getMessage());
    }
  }

  /** Judges an entity no database lists on its own shape: not being listed is a warning, a broken entity is not. */
  private void validateAlone(TypeElement type) {
    try {
      EntityModel entity = reader.entity(type);
      DatabaseModel alone = new DatabaseModel(entity.packageName(), "(none)", true, List.of(entity), List.of(),
          Origin.of(type));
      for (Validator validator : Validators.ownShape()) {
        validator.validate(alone, reporter);
      }
    } catch (Exception | LinkageError | AssertionError e) {
      internalError(type, e);
    }
  }

  private void internalError(TypeElement type, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    reporter.error(Origin.of(type), Diagnostic.INTERNAL_ERROR, type.getQualifiedName(), e, trace);
  }

  private void writeIndex() {
    if (writtenDatabases.isEmpty()) {
      return;
    }
    try {
      writer.writeIndex(List.copyOf(writtenDatabases.keySet()), writtenDatabases.values().toArray(new Element[0]));
    } catch (Exception e) {
      reporter.warning(null, Diagnostic.INTERNAL_ERROR, "the index of databases", e, "");
    }
  }

  private void warnAboutUnlisted() {
    warnAboutUnlistedEntities();
    for (String name : declaredQueries) {
      if (!listedQueries.contains(name)) {
        TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
        if (type != null) {
          reporter.warning(Origin.of(type), Diagnostic.QUERIES_NOT_IN_DATABASE, type.getSimpleName(),
              type.getSimpleName());
        }
      }
    }
  }

  private void warnAboutUnlistedEntities() {
    for (String name : declaredEntities) {
      if (!listedEntities.contains(name)) {
        TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
        if (type != null) {
          validateAlone(type);
          reporter.warning(Origin.of(type), Diagnostic.ENTITY_NOT_IN_DATABASE, type.getSimpleName(),
              type.getSimpleName());
        }
      }
    }
  }
}
