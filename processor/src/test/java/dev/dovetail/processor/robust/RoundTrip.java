package dev.dovetail.processor.robust;

import dev.dovetail.processor.robust.ModelSpec.EntitySpec;
import dev.dovetail.processor.robust.ModelSpec.ManyToManySpec;
import dev.dovetail.processor.robust.ModelSpec.PropertySpec;
import dev.dovetail.runtime.DovetailDatabase;
import dev.dovetail.runtime.EntityDao;
import dev.dovetail.runtime.ManyToManyHandle;
import dev.dovetail.runtime.OneToManyHandle;
import dev.dovetail.runtime.RelationQuery;
import dev.dovetail.runtime.internal.EntityMapping;
import dev.dovetail.runtime.internal.GeneratedNames;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * One generated model run on one database through its generated code: the schema created, one row per entity
 * inserted in foreign-key order and read back by id, every many-to-one set (at insert when its parent is
 * stored already, else afterwards through the backref handle or an update) and navigated both ways, and one
 * link added and read back per many-to-many. The model's spec, not the classes, says what to expect; the
 * test reaches the generated classes by reflection because they are compiled while it runs.
 */
final class RoundTrip {
  private final ModelSpec model;
  private final ClassLoader loader;
  private final Map<String, EntitySpec> byRef = new HashMap<>();
  private final Map<EntitySpec, EntityDao<Object>> daos = new HashMap<>();
  /** Each entity's constructor arguments, and the entity as its row must read back. */
  private final Map<EntitySpec, Object[]> arguments = new HashMap<>();
  private final Map<EntitySpec, Object> expected = new HashMap<>();

  RoundTrip(ModelSpec model, ClassLoader loader) {
    this.model = model;
    this.loader = loader;
    model.entities.forEach(e -> byRef.put(e.ref(), e));
  }

  /** Runs the model on {@code dataSource}, a database of its own. */
  void run(DataSource dataSource) throws Exception {
    Class<?> entry = loader.loadClass(model.packageName + "." + GeneratedNames.database(model.database));
    DovetailDatabase<?> db = (DovetailDatabase<?>) entry.getMethod("create", DataSource.class).invoke(null, dataSource);
    db.createSchema();
    for (EntitySpec e : model.entities) {
      daos.put(e, dao(db, e));
    }
    for (int i = 0; i < model.entities.size(); i++) {
      insert(model.entities.get(i), i);
    }
    for (int i = 0; i < model.entities.size(); i++) {
      linkLaterParents(model.entities.get(i), i);
    }
    for (EntitySpec e : model.entities) {
      Object id = mapping(e).idOf(expected.get(e))[0];
      Optional<?> found = (Optional<?>) call(daos.get(e), "findById", id);
      check(found.isPresent(), e.name + " with id " + id + " not found");
      same(e, expected.get(e), found.get(), "findById");
    }
    for (EntitySpec e : model.entities) {
      for (PropertySpec p : e.properties) {
        if (p.manyToOne != null) {
          manyToOne(e, p);
        }
      }
      for (ManyToManySpec m : e.manyToMany) {
        manyToMany(e, m);
      }
    }
  }

  private void insert(EntitySpec e, int index) throws Exception {
    Constructor<?> constructor = constructor(e);
    Class<?>[] types = constructor.getParameterTypes();
    Object[] values = new Object[types.length];
    for (int c = 0; c < types.length; c++) {
      PropertySpec p = e.properties.get(c);
      if (p.id) {
        values[c] = p.generated ? null : RowValues.id(types[c], index);
      } else if (p.manyToOne != null) {
        EntitySpec parent = byRef.get(p.manyToOne);
        // A parent stored already is referred to at once; self and later parents are nullable, set later.
        values[c] = model.entities.indexOf(parent) < index ? idOf(parent) : null;
      } else {
        values[c] = RowValues.column(types[c], p);
      }
    }
    Object stored = daos.get(e).insert(constructor.newInstance(values));
    if (e.properties.get(0).generated) {
      values[0] = mapping(e).idOf(stored)[0];
      check(values[0] != null, e.name + ": insert returned no generated id");
    }
    arguments.put(e, values);
    expected.put(e, mapping(e).asStored(constructor.newInstance(values)));
    same(e, expected.get(e), stored, "insert's result");
  }

  /** Points each many-to-one left null at insert at its parent: through the backref when there is one. */
  @SuppressWarnings("unchecked")
  private void linkLaterParents(EntitySpec e, int index) throws Exception {
    for (int c = 0; c < e.properties.size(); c++) {
      PropertySpec p = e.properties.get(c);
      EntitySpec parent = p.manyToOne == null ? null : byRef.get(p.manyToOne);
      if (parent == null || model.entities.indexOf(parent) < index) {
        continue;
      }
      Object[] values = arguments.get(e);
      values[c] = idOf(parent);
      Object updated = constructor(e).newInstance(values);
      boolean changed = p.backref != null
          ? ((OneToManyHandle<Object, ?>) call(daos.get(parent), p.backref, expected.get(parent))).add(updated)
          : daos.get(e).update(updated);
      check(changed, e.name + "." + p.name + ": setting it to its parent changed no row");
      expected.put(e, mapping(e).asStored(updated));
    }
  }

  private void manyToOne(EntitySpec e, PropertySpec p) throws Exception {
    EntitySpec parent = byRef.get(p.manyToOne);
    String navigation = p.manyToOneName != null ? p.manyToOneName : GeneratedNames.manyToOne(p.name);
    Optional<?> found = (Optional<?>) call(daos.get(e), navigation, expected.get(e));
    check(found.isPresent(), e.name + "." + navigation + " is empty");
    same(parent, expected.get(parent), found.get(), e.name + "." + navigation);
    if (p.backref != null) {
      OneToManyHandle<?, ?> children = (OneToManyHandle<?, ?>) call(daos.get(parent), p.backref, expected.get(parent));
      only(e, children.all(), parent.name + "." + p.backref);
    }
  }

  @SuppressWarnings("unchecked")
  private void manyToMany(EntitySpec owner, ManyToManySpec m) throws Exception {
    EntitySpec target = byRef.get(m.target);
    ManyToManyHandle<Object, Object> links =
        (ManyToManyHandle<Object, Object>) call(daos.get(owner), m.name, expected.get(owner));
    if (m.through == null) {
      check(links.add(expected.get(target)), owner.name + "." + m.name + ".add added no link");
    } // else the association entity's one row is the link
    only(target, links.all(), owner.name + "." + m.name);
    if (m.backref != null) {
      RelationQuery<?> back = (RelationQuery<?>) call(daos.get(target), m.backref,
          expected.get(target));
      only(owner, back.all(), target.name + "." + m.backref);
    }
  }

  private void only(EntitySpec e, List<?> found, String what) {
    check(found.size() == 1, what + ": expected only " + mapping(e).describe(expected.get(e)) + ", found "
        + found.size() + " rows");
    same(e, expected.get(e), found.get(0), what);
  }

  /** Compares column by column: byte arrays by content, decimals by value. */
  private void same(EntitySpec e, Object want, Object got, String what) {
    EntityMapping<Object> mapping = mapping(e);
    List<String> differences = new ArrayList<>();
    for (int c = 0; c < mapping.table().columns().size(); c++) {
      Object a = mapping.get(want, c);
      Object b = mapping.get(got, c);
      boolean equal = a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y
          ? x.compareTo(y) == 0 : java.util.Objects.deepEquals(a, b);
      if (!equal) {
        differences.add(mapping.table().columns().get(c).name() + ": wrote " + show(a) + ", read " + show(b));
      }
    }
    check(differences.isEmpty(), what + " of " + e.name + " differs: " + String.join("; ", differences));
  }

  private static String show(Object value) {
    return value instanceof byte[] bytes ? java.util.Arrays.toString(bytes)
        : value == null ? "null" : value + " (" + value.getClass().getSimpleName() + ")";
  }

  private Object idOf(EntitySpec e) {
    return mapping(e).idOf(expected.get(e))[0];
  }

  private EntityMapping<Object> mapping(EntitySpec e) {
    return daos.get(e).mapping();
  }

  @SuppressWarnings("unchecked")
  private EntityDao<Object> dao(DovetailDatabase<?> db, EntitySpec e) {
    String dao = model.packageName + "." + GeneratedNames.dao(e.name);
    for (Method m : db.getClass().getMethods()) {
      if (m.getParameterCount() == 0 && m.getReturnType().getName().equals(dao)) {
        try {
          return (EntityDao<Object>) m.invoke(db);
        } catch (ReflectiveOperationException ex) {
          throw new AssertionError(ex);
        }
      }
    }
    throw new AssertionError(db.getClass().getSimpleName() + " has no accessor of " + dao);
  }

  private Constructor<?> constructor(EntitySpec e) throws ClassNotFoundException {
    String binary = e.holder == null ? e.name : e.holder + "$" + e.name;
    Constructor<?>[] constructors = loader.loadClass(model.packageName + "." + binary).getConstructors();
    check(constructors.length == 1, e.name + " has " + constructors.length + " public constructors");
    return constructors[0];
  }

  /**
   * Calls the public one-argument method {@code name} of {@code target} that takes {@code argument} (a handle has
   * an entity form and an id form), rethrowing what it throws.
   */
  private static Object call(Object target, String name, Object argument) throws Exception {
    for (Method m : target.getClass().getMethods()) {
      Class<?> parameter = m.getParameterCount() == 1 ? m.getParameterTypes()[0] : null;
      if (m.getName().equals(name) && parameter != null
          && (argument == null ? !parameter.isPrimitive() : parameter.isInstance(argument))) {
        try {
          return m.invoke(target, argument);
        } catch (InvocationTargetException ex) {
          throw ex.getCause() instanceof Exception cause ? cause : ex;
        }
      }
    }
    throw new AssertionError(target.getClass().getSimpleName() + " has no method " + name);
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }
}
