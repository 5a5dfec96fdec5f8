package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.Origin;
import dev.dovetail.processor.model.QueriesModel;
import dev.dovetail.runtime.internal.GeneratedNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every generated file needs a name no other file of the compilation has: javac's Filer refuses to create a
 * type twice. The names are derived ({@code Post} → {@code PostDao}, {@code Post_}; {@code Blog} → {@code BlogDb},
 * {@code META-INF/dovetail/Blog/}), so they clash with a class of the user's sources ({@code PostDao}), with
 * another entity's ({@code XDao} beside {@code X}'s DAO), or with what another database of the package
 * generates (two nested entities {@code A.Item} and {@code B.Item}). No attribute renames a generated type,
 * so the remedy is to rename the class. Keeps state across the compilation: what each database generates
 * (claimed when judged, so that a clash between two databases is reported even if one fails for another
 * reason), and which top-level types come from sources.
 */
public final class GeneratedNameValidator implements Validator {
  private final Set<String> sourceTypes = new HashSet<>();
  private final Map<String, String> generated = new HashMap<>();

  /** Records a top-level type of this compilation's sources, or of another processor's output. */
  public void sourceType(String qualifiedName) {
    if (!generated.containsKey(qualifiedName)) {
      sourceTypes.add(qualifiedName);
    }
  }

  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (Claim claim : claims(database)) {
      String holder = generated.get(claim.name());
      if (holder == null && sourceTypes.contains(claim.name())) {
        holder = "the class " + claim.name() + " of your sources";
      }
      if (holder == null) {
        // Claimed as soon as judged, written or not: a clash is then reported on both databases in one build.
        generated.put(claim.name(), claim.holder());
      } else if (!holder.equals(claim.holder())) {
        // The same holder is an entity or queries type listed twice, reported as such (DV306, DV308, DV420).
        reporter.error(claim.origin(), Diagnostic.GENERATED_NAME_TAKEN, claim.what(), claim.name(), holder,
            claim.remedy());
      }
    }
  }

  private record Claim(String name, String what, String holder, String remedy, Origin origin) {}

  private static List<Claim> claims(DatabaseModel database) {
    List<Claim> out = new ArrayList<>();
    String db = "@Database " + database.qualifiedName();
    out.add(new Claim(qualified(database.packageName(), GeneratedNames.database(database.simpleName())), db,
        "the entry point of " + db, "rename the interface " + database.simpleName(), database.origin()));
    out.add(new Claim(GeneratedNames.resourceFolder(database.simpleName()), db, "the resources of " + db,
        "rename the interface " + database.simpleName() + "; the resources of a database are named by its "
            + "simple name", database.origin()));
    for (EntityModel entity : database.entities()) {
      if (entity.simpleName() == null) {
        continue;
      }
      String what = "entity " + entity.qualifiedName();
      String remedy = "rename the class " + entity.simpleName() + " or the other type";
      out.add(new Claim(qualified(entity.packageName(), GeneratedNames.dao(entity.simpleName())), what,
          "the DAO of " + what, remedy, entity.origin()));
      out.add(new Claim(qualified(entity.packageName(), GeneratedNames.metamodel(entity.simpleName())), what,
          "the metamodel of " + what, remedy, entity.origin()));
    }
    for (QueriesModel queries : database.queries()) {
      if (queries.simpleName() == null) {
        continue;
      }
      String what = "@Queries type " + queries.qualifiedName();
      out.add(new Claim(qualified(queries.packageName(), GeneratedNames.queriesImpl(queries.simpleName())), what,
          "the implementation of " + what, "rename " + queries.simpleName() + " or the other type",
          queries.origin()));
    }
    return out;
  }

  private static String qualified(String packageName, String simpleName) {
    return packageName == null || packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
  }
}
