package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.ManyToManyModel;
import dev.dovetail.processor.model.Origin;

/**
 * A many-to-many from an entity to itself (users following users) needs two distinct join columns. Both
 * defaults are {@code <table>_id} then, so the user must name both.
 */
final class SelfReferenceValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (EntityModel owner : database.entities()) {
      for (ManyToManyModel manyToMany : owner.manyToMany()) {
        if (manyToMany.target() != null && manyToMany.target().equals(owner.qualifiedName())
            && manyToMany.joinColumn() != null
            && Names.key(manyToMany.joinColumn()).equals(Names.key(manyToMany.inverseJoinColumn()))) {
          reporter.error(origin(manyToMany), Diagnostic.SELF_REFERENCE_SAME_COLUMNS, manyToMany.name(),
              owner.simpleName(), owner.simpleName(), manyToMany.inverseJoinColumn());
        }
      }
    }
  }

  /** The column the user wrote last, else the annotation when both are defaulted. */
  private static Origin origin(ManyToManyModel manyToMany) {
    Origin origin = manyToMany.origin();
    if (Origins.explicit(origin, "inverseJoinColumn")) {
      return Origins.attribute(origin, "inverseJoinColumn");
    }
    return Origins.attribute(origin, "joinColumn");
  }
}
