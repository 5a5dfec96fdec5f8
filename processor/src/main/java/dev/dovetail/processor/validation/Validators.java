package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.Origin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * Every rule, in the order they run. Some rules keep state across databases (an entity listed in two), so
 * the processor takes one list for the whole compilation rather than a new one per database.
 */
public final class Validators {
  private Validators() {}

  /** A new set of the rules, each guarded so that a bug in one never hides the errors the others find. */
  public static List<Validator> all() {
    return List.of(
        // DV1xx: entity shape and columns
        new EntityShapeValidator(),
        new MissingIdValidator(),
        new IdTypeValidator(),
        new GeneratedValueValidator(),
        new ColumnTypeValidator(),
        new DuplicateColumnValidator(),
        new ColumnSizeValidator(),
        new ColumnDefaultValidator(),
        new ConstructorValidator(),
        new AccessorValidator(),
        // DV2xx: relationships
        new RelationshipTargetValidator(),
        new ForeignKeyTypeValidator(),
        new OnDeleteValidator(),
        new JoinTableValidator(),
        new ManyToManyIdValidator(),
        new SelfReferenceValidator(),
        new JoinColumnsValidator(),
        new ThroughColumnsValidator(),
        new HandleNameValidator(),
        new OrderByValidator(),
        // DV3xx: schema-wide rules
        new DatabaseShapeValidator(),
        new TableNameValidator(),
        new SqlNameValidator(),
        new NameLengthValidator(),
        new ForeignKeyCycleValidator(),
        new EntityInOneDatabaseValidator(),
        new DatabaseAccessorValidator(),
        new ReservedWordValidator(),
        // DV4xx: declared queries (their SQL is checked against the schema afterwards, by the query checker)
        new TargetValidator(),
        new QueriesTypeValidator(),
        new QueriesInOneDatabaseValidator(),
        new QueriesAccessorValidator(),
        new QueryMethodShapeValidator(),
        new QueryParametersValidator(),
        new QueryReturnValidator())
        .stream().map(Validators::guarded).toList();
  }

  /**
   * The rules that judge an entity on its own shape (id, column types and names, constructor, accessors, its
   * own relationships' names and columns): those that hold whether or not a database lists it, so that an
   * entity no {@code @Database} lists yet is still checked.
   */
  public static List<Validator> ownShape() {
    return List.of(
        new EntityShapeValidator(),
        new MissingIdValidator(),
        new IdTypeValidator(),
        new GeneratedValueValidator(),
        new ColumnTypeValidator(),
        new DuplicateColumnValidator(),
        new ConstructorValidator(),
        new AccessorValidator(),
        new OnDeleteValidator(),
        new JoinTableValidator(),
        new SelfReferenceValidator(),
        new JoinColumnsValidator(),
        new HandleNameValidator(),
        new ColumnSizeValidator(),
        new ColumnDefaultValidator(),
        new SqlNameValidator(),
        new NameLengthValidator())
        .stream().map(Validators::guarded).toList();
  }

  /** {@code rule}, reporting an internal error on the database instead of throwing. */
  public static Validator guarded(Validator rule) {
    return new Guarded(rule);
  }

  /**
   * Turns an unexpected exception of a rule into an internal error on the database, so that javac never
   * crashes and the other rules still run.
   */
  private record Guarded(Validator rule) implements Validator {
    @Override
    public void validate(DatabaseModel database, Reporter reporter) {
      try {
        rule.validate(database, reporter);
      } catch (RuntimeException | LinkageError | AssertionError e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        Origin origin = database == null ? null : database.origin();
        String what = (database == null ? "a database" : database.simpleName()) + " (rule "
            + rule.getClass().getSimpleName() + ")";
        reporter.error(origin, Diagnostic.INTERNAL_ERROR, what, e, trace);
      }
    }

    @Override
    public String toString() {
      return rule.getClass().getSimpleName();
    }
  }
}
