package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.ManyToManyModel;
import dev.dovetail.processor.model.ManyToOneModel;
import dev.dovetail.processor.model.Origin;
import dev.dovetail.processor.model.PropertyModel;
import dev.dovetail.runtime.internal.GeneratedNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;

/**
 * Every relationship puts a method on a DAO (with an overload taking the id), and most also its batch forms
 * ({@code classes}, {@code classesOf}, {@code classesOfIds}):
 * its name on the owner's DAO, its backref on the target's. (The navigation of a {@code @ManyToOne} from the
 * child, {@code author(post)}, has no batch form.) Those must be Java names, and must not clash with
 * each other, with the entity's properties, or with the methods every DAO has.
 *
 * <p>Names are taken in a fixed order, so that the "second" one, which is reported, is predictable: the DAO's
 * own methods and properties, then every relationship name in declaration order, then every backref.
 */
final class HandleNameValidator implements Validator {
  /** The public methods of {@code EntityDao} and of every generated DAO. */
  static final List<String> DAO_METHODS = List.of("insert", "insertAll", "update", "delete", "deleteById",
      "findById", "findAll", "existsById", "exists", "count", "query", "mapping");

  private enum Kind {
    METHOD,
    PROPERTY,
    HANDLE
  }

  /** A name already on a DAO, and how a message names what holds it. */
  private record Taken(Kind kind, String description) {}

  /** A name a relationship wants on a DAO. */
  private record Wanted(String dao, String attribute, String remedy, String name, boolean batch, String site,
      Origin origin) {}

  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    Map<String, Map<String, Taken>> daos = new HashMap<>();
    for (EntityModel entity : database.entities()) {
      Map<String, Taken> taken = new HashMap<>();
      DAO_METHODS.forEach(m -> taken.put(m, new Taken(Kind.METHOD, m)));
      for (PropertyModel property : entity.properties()) {
        taken.putIfAbsent(property.name(), new Taken(Kind.PROPERTY, Names.of(entity, property)));
      }
      daos.putIfAbsent(entity.qualifiedName(), taken);
    }
    List<Wanted> names = new ArrayList<>();
    List<Wanted> backrefs = new ArrayList<>();
    for (EntityModel entity : database.entities()) {
      for (PropertyModel property : entity.properties()) {
        ManyToOneModel manyToOne = property.manyToOne();
        if (manyToOne != null) {
          String site = Names.of(entity, property);
          String remedy = Origins.explicit(manyToOne.origin(), "name") ? "name" : "name with @ManyToOne(name = ...)";
          names.add(new Wanted(entity.qualifiedName(), "name", remedy, manyToOne.name(), false, site,
              Origins.attribute(manyToOne.origin(), "name")));
          backrefs.add(new Wanted(manyToOne.target(), "backref", "backref name", manyToOne.backref(), true, site,
              Origins.attribute(manyToOne.origin(), "backref")));
        }
      }
      for (ManyToManyModel manyToMany : entity.manyToMany()) {
        String site = entity.simpleName() + "." + manyToMany.name();
        names.add(new Wanted(entity.qualifiedName(), "name", "name", manyToMany.name(), true, site,
            Origins.attribute(manyToMany.origin(), "name")));
        backrefs.add(new Wanted(manyToMany.target(), "backref", "backref name", manyToMany.backref(), true, site,
            Origins.attribute(manyToMany.origin(), "backref")));
      }
    }
    names.forEach(w -> take(database, daos, w, reporter));
    backrefs.forEach(w -> take(database, daos, w, reporter));
  }

  private static void take(DatabaseModel database, Map<String, Map<String, Taken>> daos, Wanted wanted,
      Reporter reporter) {
    String name = wanted.name();
    Map<String, Taken> taken = wanted.dao() == null ? null : daos.get(wanted.dao());
    // An empty backref means "none"; an empty name is no name at all, and would name no method.
    if (name == null || taken == null || (name.isEmpty() && wanted.attribute().equals("backref"))) {
      return;
    }
    if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
      reporter.error(wanted.origin(), Diagnostic.HANDLE_NAME_NOT_IDENTIFIER, wanted.attribute(), name,
          wanted.site());
      return;
    }
    String batch = GeneratedNames.batchLoader(name);
    String byIds = GeneratedNames.batchLoaderByIds(name);
    Taken clash = taken.get(name);
    if (clash == null && wanted.batch() && taken.containsKey(batch) && taken.get(batch).kind() != Kind.PROPERTY) {
      clash = taken.get(batch);
    }
    if (clash == null && wanted.batch() && taken.containsKey(byIds) && taken.get(byIds).kind() != Kind.PROPERTY) {
      clash = taken.get(byIds);
    }
    if (clash == null) {
      String owner = Names.entity(database, wanted.dao()).map(EntityModel::simpleName).orElse("?");
      String handle = owner + "." + name;
      String description = wanted.attribute().equals("backref")
          ? "the backref " + handle + " of " + wanted.site() : "the relationship " + handle;
      taken.put(name, new Taken(Kind.HANDLE, description));
      if (wanted.batch()) {
        taken.put(batch, new Taken(Kind.HANDLE, "the batch loader " + owner + "." + batch + " of " + description));
        taken.put(byIds, new Taken(Kind.HANDLE, "the batch loader " + owner + "." + byIds + " of " + description));
      }
      return;
    }
    switch (clash.kind()) {
      case METHOD -> reporter.error(wanted.origin(), Diagnostic.HANDLE_NAME_CLASHES_DAO_METHOD, wanted.attribute(),
          name, wanted.site(), clash.description(), wanted.remedy());
      case PROPERTY -> reporter.error(wanted.origin(), Diagnostic.HANDLE_NAME_CLASHES_PROPERTY, wanted.attribute(),
          name, wanted.site(), clash.description(), wanted.remedy());
      case HANDLE -> reporter.error(wanted.origin(), Diagnostic.HANDLE_NAME_CLASH, wanted.attribute(), name,
          wanted.site(), clash.description(), wanted.remedy());
    }
  }
}
