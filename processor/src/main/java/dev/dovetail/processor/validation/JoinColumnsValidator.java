package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.ManyToManyModel;
import dev.dovetail.processor.model.Origin;
import java.util.Objects;

/**
 * A join table has a column for each side, so the two must be named differently, also between two different
 * entities: tables {@code item} and {@code items} both derive {@code item_id}, and the schema would fail only
 * when created. (A self-reference is DV208, which says which names to pick; a many-to-many {@code through} an
 * association entity uses that entity's own columns.)
 */
final class JoinColumnsValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (EntityModel owner : database.entities()) {
      for (ManyToManyModel manyToMany : owner.manyToMany()) {
        if (manyToMany.through() == null && manyToMany.joinColumn() != null
            && !Objects.equals(manyToMany.target(), owner.qualifiedName())
            && Names.key(manyToMany.joinColumn()).equals(Names.key(manyToMany.inverseJoinColumn()))) {
          reporter.error(origin(manyToMany), Diagnostic.JOIN_COLUMNS_SAME, manyToMany.name(), owner.simpleName(),
              manyToMany.inverseJoinColumn());
        }
      }
    }
  }

  private static Origin origin(ManyToManyModel manyToMany) {
    Origin origin = manyToMany.origin();
    if (Origins.explicit(origin, "inverseJoinColumn")) {
      return Origins.attribute(origin, "inverseJoinColumn");
    }
    return Origins.attribute(origin, "joinColumn");
  }
}
