package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.ManyToManyModel;
import dev.dovetail.processor.model.ManyToOneModel;
import dev.dovetail.processor.model.OrderKeys;
import dev.dovetail.processor.model.OrderKeys.Key;
import dev.dovetail.processor.model.Origin;
import dev.dovetail.processor.model.PropertyModel;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationValue;

/**
 * A declared order ({@code @ManyToMany(orderBy, backrefOrderBy)}, {@code @ManyToOne(backrefOrderBy)}) names
 * properties of the entities it orders, each with an optional {@code ASC} or {@code DESC}, and orders a
 * backref only where one is declared.
 */
final class OrderByValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (EntityModel entity : database.entities()) {
      for (ManyToManyModel m : entity.manyToMany()) {
        String site = "@ManyToMany \"" + m.name() + "\" on " + entity.simpleName();
        Optional<EntityModel> target = Names.entity(database, m.target());
        target.ifPresent(t -> check(m.orderBy(), "orderBy", t, site, m.origin(), reporter));
        backref(m.backrefOrderBy(), m.backref(), entity, site, m.origin(), reporter);
      }
      for (PropertyModel p : entity.properties()) {
        ManyToOneModel manyToOne = p.manyToOne();
        if (manyToOne != null && manyToOne.backrefOrderBy() != null) {
          backref(manyToOne.backrefOrderBy(), manyToOne.backref(), entity, "@ManyToOne on " + Names.of(entity, p),
              manyToOne.origin(), reporter);
        }
      }
    }
  }

  private static void backref(List<String> items, String backref, EntityModel ordered, String site, Origin origin,
      Reporter reporter) {
    if (items == null || items.isEmpty()) {
      return;
    }
    if (backref == null || backref.isEmpty()) {
      reporter.error(Origins.attribute(origin, "backrefOrderBy"), Diagnostic.ORDER_BY_WITHOUT_BACKREF, site);
      return;
    }
    check(items, "backrefOrderBy", ordered, site, origin, reporter);
  }

  private static void check(List<String> items, String attribute, EntityModel ordered, String site, Origin origin,
      Reporter reporter) {
    if (items == null) {
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i);
      Origin at = item(origin, attribute, i);
      Optional<Key> key = OrderKeys.parse(item);
      if (key.isEmpty()) {
        reporter.error(at, Diagnostic.ORDER_BY_MALFORMED, attribute, item, site);
      } else if (OrderKeys.property(ordered, key.get().name()).isEmpty()) {
        reporter.error(at, Diagnostic.ORDER_BY_UNKNOWN_COLUMN, attribute, item, site, ordered.simpleName(),
            key.get().name(), ordered.properties().stream().map(PropertyModel::name)
                .collect(Collectors.joining(", ")));
      }
    }
  }

  /** The origin of item {@code index} of an array attribute, so that the error underlines that string. */
  private static Origin item(Origin origin, String attribute, int index) {
    Origin whole = Origins.attribute(origin, attribute);
    Optional<AnnotationValue> written = Origins.writtenValue(origin, attribute);
    if (whole != null && written.isPresent() && written.get().getValue() instanceof List<?> values
        && index < values.size() && values.get(index) instanceof AnnotationValue value) {
      return whole.at(value);
    }
    return whole;
  }
}
