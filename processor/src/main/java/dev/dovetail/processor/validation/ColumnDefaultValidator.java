package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.Origin;
import dev.dovetail.processor.model.PropertyModel;
import dev.dovetail.processor.model.ValueKind;
import dev.dovetail.schema.ColumnDefault;
import dev.dovetail.schema.ColumnType;
import java.math.BigDecimal;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * A column's default must be one the database can write into every row: a literal of the column's type that
 * fits its size (an enum's constant, text within its length, a decimal within its digits), or the current time
 * for a column holding a point in time; never on an id, which a default would give every row alike.
 */
final class ColumnDefaultValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (EntityModel entity : database.entities()) {
      for (PropertyModel property : entity.properties()) {
        if (property.hasDefault() && property.columnType() != null) {
          check(entity, property, reporter);
        }
      }
    }
  }

  private static void check(EntityModel entity, PropertyModel property, Reporter reporter) {
    Origin column = Origins.annotation(property.origin(), Origins.COLUMN);
    Origin literal = Origins.attribute(column, "defaultValue");
    Origin now = Origins.attribute(column, "defaultNow");
    String site = Names.of(entity, property);
    if (property.id()) {
      reporter.error(property.defaultNow() ? now : literal, Diagnostic.DEFAULT_NOT_APPLICABLE, site,
          "it is an @Id, which identifies each row, and a default would give every row the same one",
          property.generated() ? "remove the default: @GeneratedValue assigns the id"
              : "remove the default, or give the id with every row");
      return;
    }
    if (property.defaultNow() && property.defaultValue() != null) {
      reporter.error(now, Diagnostic.DEFAULT_NOT_APPLICABLE, site,
          "it has both defaultValue and defaultNow = true, and a column takes one default",
          "keep one of them");
      return;
    }
    if (property.defaultNow()) {
      if (property.columnType() != ColumnType.TIMESTAMP_TZ) {
        reporter.error(now, Diagnostic.DEFAULT_NOW_TYPE, site, Names.simple(property.javaType()));
      }
      return;
    }
    String problem = problem(property);
    if (problem != null) {
      reporter.error(literal, Diagnostic.DEFAULT_NOT_OF_TYPE, property.defaultValue(), site,
          Names.simple(property.javaType()), problem);
    }
  }

  /** What is wrong with the literal default of {@code property}, or {@code null} when it fits. */
  private static String problem(PropertyModel property) {
    String written = property.defaultValue();
    String canonical;
    try {
      canonical = ColumnDefault.canonical(property.columnType(), written);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    if (property.kind() == ValueKind.ENUM) {
      List<String> constants = enumConstants(property.origin());
      if (!constants.isEmpty() && !constants.contains(written)) {
        return "it is not a constant of " + Names.simple(property.javaType()) + "; write one of " + constants;
      }
    }
    if (property.columnType() == ColumnType.VARCHAR && written.length() > property.length()) {
      return "it is " + written.length() + " characters long, and the column holds " + property.length()
          + "; write a shorter default, or a larger @Column(length)";
    }
    if (property.kind() == ValueKind.BYTE) {
      short value = Short.parseShort(canonical);
      if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
        return "a byte holds -128 to 127";
      }
    }
    if (property.columnType() == ColumnType.DECIMAL) {
      BigDecimal value = new BigDecimal(canonical);
      if (Math.max(value.scale(), 0) > property.scale()) {
        return "it has " + value.scale() + " digits after the point, and the column keeps " + property.scale()
            + "; write fewer, or a larger @Column(scale)";
      }
      int whole = value.precision() - value.scale();
      if (whole > property.precision() - property.scale()) {
        return "it has " + whole + " digits before the point, and the column keeps "
            + (property.precision() - property.scale()) + " (precision " + property.precision() + ", scale "
            + property.scale() + "); write a smaller value, or a larger @Column(precision)";
      }
    }
    return null;
  }

  private static List<String> enumConstants(Origin origin) {
    Element element = origin == null ? null : origin.element();
    TypeMirror type = element == null ? null : element.asType();
    if (!(type instanceof DeclaredType declared)) {
      return List.of();
    }
    return declared.asElement().getEnclosedElements().stream()
        .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
        .map(e -> e.getSimpleName().toString())
        .toList();
  }
}
