package dev.dovetail.runtime;

import dev.dovetail.runtime.internal.DaoContext;
import dev.dovetail.runtime.internal.EntityMapping;
import java.util.Optional;

/**
 * The DAO of an entity with a single-column id of type {@code K}: the typed finders by id, written once here
 * instead of in every generated DAO ({@code StudentDao extends KeyedDao<Student, Long>}). An entity whose id
 * spans several columns gets its finders generated, one parameter per column.
 *
 * <p><b>For generated code only</b> to extend; applications call the finders on the generated DAOs.
 *
 * @param <T> the entity type
 * @param <K> the type of its id, boxed
 */
public abstract class KeyedDao<T, K> extends EntityDao<T> {
  /**
   * @param ctx where statements run
   * @param mapping the entity's mapping
   */
  protected KeyedDao(DaoContext ctx, EntityMapping<T> mapping) {
    super(ctx, mapping);
  }

  /** The entity with this id, if there is one: {@code SELECT ... WHERE id = ?}. */
  public final Optional<T> findById(K id) {
    return findByKey(id);
  }

  /** Whether a row has this id: {@code SELECT 1 ... WHERE id = ?}. */
  public final boolean existsById(K id) {
    return existsByKey(id);
  }

  /** Deletes the row with this id, returning whether there was one: {@code DELETE ... WHERE id = ?}. */
  public final boolean deleteById(K id) {
    return deleteByKey(id);
  }
}
