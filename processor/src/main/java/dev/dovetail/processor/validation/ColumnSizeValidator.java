package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.Origin;
import dev.dovetail.processor.model.PropertyModel;
import dev.dovetail.processor.model.ValueKind;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;

/**
 * The sizes written on {@code @Column} must be ones every target creates: a {@code VARCHAR} of 1 to 16,383
 * characters (MariaDB's most in {@code utf8mb4}; longer text is {@code Column.UNBOUNDED}), a {@code DECIMAL} of
 * precision 1 to 65 (MariaDB's and MySQL's most) and scale 0 to 30 (MySQL's most), not above the precision.
 */
final class ColumnSizeValidator implements Validator {
  static final int MAX_LENGTH = 16_383;
  static final int MAX_PRECISION = 65;
  static final int MAX_SCALE = 30;

  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (EntityModel entity : database.entities()) {
      for (PropertyModel property : entity.properties()) {
        Origin column = Origins.annotation(property.origin(), Origins.COLUMN);
        if (column == property.origin()) {
          continue;
        }
        String site = Names.of(entity, property);
        written(column, "length").ifPresent(length -> {
          if (length < -1 || length > MAX_LENGTH) {
            reporter.error(Origins.attribute(column, "length"), Diagnostic.COLUMN_SIZE, "length", length, site,
                "is not a length a VARCHAR can have on every target",
                "write 1 to " + MAX_LENGTH + ", or Column.UNBOUNDED for text of any length");
          }
        });
        if (property.kind() != ValueKind.BIG_DECIMAL) {
          continue;
        }
        Optional<Integer> precision = written(column, "precision");
        precision.ifPresent(p -> {
          if (p < 0 || p > MAX_PRECISION) {
            reporter.error(Origins.attribute(column, "precision"), Diagnostic.COLUMN_SIZE, "precision", p, site,
                "is not a precision a DECIMAL can have on every target", "write 1 to " + MAX_PRECISION
                    + " (or leave it out for 38)");
          }
        });
        written(column, "scale").ifPresent(scale -> {
          if (scale < -1 || scale > MAX_SCALE) {
            reporter.error(Origins.attribute(column, "scale"), Diagnostic.COLUMN_SIZE, "scale", scale, site,
                "is not a scale a DECIMAL can have on every target", "write 0 to " + MAX_SCALE
                    + " (or leave it out for 10)");
          } else if (scale > property.precision() && property.precision() > 0) {
            reporter.error(Origins.attribute(column, "scale"), Diagnostic.COLUMN_SIZE, "scale", scale, site,
                "is more digits after the point than its precision, " + property.precision() + ", has in all",
                "write a scale of at most the precision, or a larger precision");
          }
        });
      }
    }
  }

  private static Optional<Integer> written(Origin column, String attribute) {
    return Origins.writtenValue(column, attribute).map(AnnotationValue::getValue)
        .filter(Integer.class::isInstance).map(Integer.class::cast);
  }
}
