package dev.dovetail.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.PropertyModel;
import dev.dovetail.processor.model.RowModel;
import dev.dovetail.processor.model.ValueKind;
import dev.dovetail.processor.model.ValueType;
import dev.dovetail.runtime.internal.GeneratedNames;
import java.util.Arrays;

/** Java names used by the writers, computed from the model alone. */
final class TypeNames {
  /** The processor's name, as stamped on every generated type. */
  static final String PROCESSOR = "dev.dovetail.processor.DovetailProcessor";

  private TypeNames() {}

  /** The annotation generated types are stamped with, where the target release has it (Java 9 and later). */
  static final String GENERATED = "javax.annotation.processing.Generated";

  /** {@code @Generated("dev.dovetail.processor.DovetailProcessor")}. */
  static AnnotationSpec generated() {
    return AnnotationSpec.builder(ClassName.bestGuess(GENERATED))
        .addMember("value", "$S", PROCESSOR)
        .build();
  }

  /** {@code SchoolDb}, in the database interface's package. */
  static ClassName database(DatabaseModel database) {
    return ClassName.get(database.packageName(), GeneratedNames.database(database.simpleName()));
  }

  /** The database interface ({@code School}). */
  static ClassName databaseInterface(DatabaseModel database) {
    return className(database.packageName(), database.qualifiedName());
  }

  /** The entity's class, nested classes included ({@code com.example.Outer.Inner}). */
  static ClassName entity(EntityModel entity) {
    return className(entity.packageName(), entity.qualifiedName());
  }

  /** {@code StudentDao}, in the entity's package. */
  static ClassName dao(EntityModel entity) {
    return ClassName.get(entity.packageName(), GeneratedNames.dao(entity.simpleName()));
  }

  /** {@code StudentDao.Mapping}. */
  static ClassName mapping(EntityModel entity) {
    return dao(entity).nestedClass(GeneratedNames.mapping());
  }

  /** {@code student}: the parameter naming one entity. */
  static String one(EntityModel entity) {
    String name = entity.simpleName();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** {@code students}: the parameter naming several entities. */
  static String many(EntityModel entity) {
    return GeneratedNames.daoAccessor(entity.simpleName());
  }

  /** The property's Java type, primitive when declared so. */
  static TypeName type(PropertyModel property, EntityModel owner) {
    TypeName boxed = boxed(property, owner);
    return property.primitive() ? boxed.unbox() : boxed;
  }

  /** A declared statement's parameter, record component or value type, primitive when declared so. */
  static TypeName type(ValueType type) {
    TypeName boxed = boxed(type);
    return type.primitive() ? boxed.unbox() : boxed;
  }

  /** A declared statement's value type, boxed. */
  static TypeName boxed(ValueType type) {
    if (type.kind() == ValueKind.ENUM) {
      return className(type.packageName(), type.sourceName());
    }
    return boxed(type.kind(), null);
  }

  /** The type a row of a declared query is read into, boxed. */
  static TypeName row(RowModel row) {
    return row.kind() == RowModel.Kind.VALUE ? boxed(row.value()) : className(row.packageName(), row.qualifiedName());
  }

  /** The property's Java type, boxed. */
  static TypeName boxed(PropertyModel property, EntityModel owner) {
    return boxed(property.kind(), property.kind() == ValueKind.ENUM ? enumType(property.javaType(), owner) : null);
  }

  private static TypeName boxed(ValueKind kind, TypeName enumType) {
    return switch (kind) {
      case BOOLEAN -> ClassName.get(Boolean.class);
      case BYTE -> ClassName.get(Byte.class);
      case SHORT -> ClassName.get(Short.class);
      case INT -> ClassName.get(Integer.class);
      case LONG -> ClassName.get(Long.class);
      case FLOAT -> ClassName.get(Float.class);
      case DOUBLE -> ClassName.get(Double.class);
      case CHAR -> ClassName.get(Character.class);
      case STRING -> ClassName.get(String.class);
      case BIG_DECIMAL -> ClassName.get(java.math.BigDecimal.class);
      case UUID -> ClassName.get(java.util.UUID.class);
      case BYTES -> ArrayTypeName.of(TypeName.BYTE);
      case INSTANT -> ClassName.get(java.time.Instant.class);
      case LOCAL_DATE -> ClassName.get(java.time.LocalDate.class);
      case LOCAL_DATE_TIME -> ClassName.get(java.time.LocalDateTime.class);
      case OFFSET_DATE_TIME -> ClassName.get(java.time.OffsetDateTime.class);
      case ENUM -> enumType;
      case UNSUPPORTED -> throw new IllegalStateException("unsupported type");
    };
  }

  /** The {@code Dialect} method reading a column of this kind ({@code getLong}). */
  static String getter(ValueKind kind) {
    return switch (kind) {
      case BOOLEAN -> "getBoolean";
      case BYTE -> "getByte";
      case SHORT -> "getShort";
      case INT -> "getInteger";
      case LONG -> "getLong";
      case FLOAT -> "getFloat";
      case DOUBLE -> "getDouble";
      case CHAR -> "getCharacter";
      case STRING, ENUM -> "getString";
      case BIG_DECIMAL -> "getBigDecimal";
      case UUID -> "getUuid";
      case BYTES -> "getBytes";
      case INSTANT -> "getInstant";
      case LOCAL_DATE -> "getLocalDate";
      case LOCAL_DATE_TIME -> "getLocalDateTime";
      case OFFSET_DATE_TIME -> "getOffsetDateTime";
      case UNSUPPORTED -> throw new IllegalStateException("unsupported type");
    };
  }

  /**
   * The class of an enum from its qualified name. An enum nested in the entity is resolved exactly; any other
   * by the naming convention (lowercase packages, capitalized classes), which is all a qualified name tells.
   */
  private static ClassName enumType(String qualifiedName, EntityModel owner) {
    if (qualifiedName.startsWith(owner.qualifiedName() + ".")) {
      ClassName outer = entity(owner);
      for (String part : qualifiedName.substring(owner.qualifiedName().length() + 1).split("\\.")) {
        outer = outer.nestedClass(part);
      }
      return outer;
    }
    if (qualifiedName.startsWith(owner.packageName() + ".") && !owner.packageName().isEmpty()) {
      return className(owner.packageName(), qualifiedName);
    }
    return ClassName.bestGuess(qualifiedName);
  }

  /** The class of a qualified name in its package, nested classes included. */
  static ClassName className(String packageName, String qualifiedName) {
    String rest = packageName.isEmpty() ? qualifiedName : qualifiedName.substring(packageName.length() + 1);
    String[] names = rest.split("\\.");
    return ClassName.get(packageName, names[0], Arrays.copyOfRange(names, 1, names.length));
  }
}
