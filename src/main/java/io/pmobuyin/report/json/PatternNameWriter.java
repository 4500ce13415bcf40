package io.pmobuyin.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.VirtualBeanPropertyWriter;
import com.fasterxml.jackson.databind.util.Annotations;
import io.pmobuyin.report.PatternSection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a pattern's name in the writer's language beside its id, for people who read the JSON; the
 * report holds only the id, and a reader skips the name. The translation comes with each write, as
 * the attribute {@link #MESSAGES}.
 */
final class PatternNameWriter extends VirtualBeanPropertyWriter {

  // Not a key of the i18n bundle: the name under which each write carries the translation.
  static final String MESSAGES = "report-json-messages";

  private static final long serialVersionUID = 1L;

  /** For Jackson, which makes the writer this way before it calls {@link #withConfig}. */
  PatternNameWriter() {}

  private PatternNameWriter(
      BeanPropertyDefinition property, Annotations annotations, JavaType type) {
    super(property, annotations, type);
  }

  @Override
  protected Object value(Object bean, JsonGenerator out, SerializerProvider to) {
    @SuppressWarnings("unchecked")
    Function<String, String> messages = (Function<String, String>) to.getAttribute(MESSAGES);
    return messages.apply(((PatternSection) bean).id().nameKey());
  }

  /**
   * Puts the name right after the id: Jackson appends virtual properties after the ordered ones.
   */
  static final class AfterId extends BeanSerializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyWriter> changeProperties(
        SerializationConfig config, BeanDescription bean, List<BeanPropertyWriter> properties) {
      List<BeanPropertyWriter> ordered = new ArrayList<>(properties);
      for (BeanPropertyWriter property : properties) {
        if (property instanceof PatternNameWriter) {
          ordered.remove(property);
          ordered.add(1, property);
        }
      }
      return ordered;
    }
  }

  @Override
  public VirtualBeanPropertyWriter withConfig(
      MapperConfig<?> config,
      AnnotatedClass declaringClass,
      BeanPropertyDefinition property,
      JavaType type) {
    return new PatternNameWriter(property, declaringClass.getAnnotations(), type);
  }
}
