package io.pmobuyin.jira.digest;

import com.atlassian.mail.Email;
import java.lang.reflect.Method;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a message's plain text and HTML into one of Jira's {@link Email}s as a multipart/alternative
 * (text first, HTML last: readers show the last part they can render).
 *
 * <p>Jira's {@code Email} takes one body; a second part goes in through {@code
 * setMultipart(Multipart)}, with the body left empty, since atlassian-mail's {@code MessageCreator}
 * then sends that multipart as it is (with a body, it would insert the body as a first, inline
 * part). The {@code Multipart} of that method is {@code javax.mail} on Jira 10, and may be {@code
 * jakarta.mail} on Jira 11; only the running Jira knows. So the method is found by name, and its
 * own parameter type says which mail API to build the parts with, loaded from that type's class
 * loader. Declaring either namespace at compile time would fail on the other line with a linkage
 * error. When anything here fails, the caller falls back to the HTML body alone, as before.
 */
final class AlternativeParts {

  private static final Logger LOG = LoggerFactory.getLogger(AlternativeParts.class);

  private static final String SETTER = "setMultipart";

  private AlternativeParts() {}

  /**
   * @return whether the email now carries both parts; if not, it is unchanged
   */
  static boolean attach(Email email, String text, String html) {
    Method setter = setter(email.getClass());
    if (setter == null) {
      LOG.debug("This Jira's Email has no {}; the report goes as HTML only.", SETTER);
      return false;
    }
    try {
      Class<?> multipartType = setter.getParameterTypes()[0];
      String api = multipartType.getPackageName();
      ClassLoader loader = multipartType.getClassLoader();
      Class<?> multipartClass = Class.forName(api + ".internet.MimeMultipart", true, loader);
      Class<?> partClass = Class.forName(api + ".internet.MimeBodyPart", true, loader);
      Class<?> bodyPart = Class.forName(api + ".BodyPart", true, loader);
      Object multipart = multipartClass.getConstructor(String.class).newInstance("alternative");
      Method add = multipartClass.getMethod("addBodyPart", bodyPart);
      add.invoke(multipart, part(partClass, text, "plain"));
      add.invoke(multipart, part(partClass, html, "html"));
      setter.invoke(email, multipart);
      return true;
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      LOG.warn("Cannot add the plain-text part; the report goes as HTML only: {}", e.toString());
      return false;
    }
  }

  private static Method setter(Class<?> type) {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(SETTER) && method.getParameterCount() == 1) {
        return method;
      }
    }
    return null;
  }

  private static Object part(Class<?> partClass, String content, String subtype)
      throws ReflectiveOperationException {
    Object part = partClass.getConstructor().newInstance();
    partClass
        .getMethod("setText", String.class, String.class, String.class)
        .invoke(part, content, "UTF-8", subtype);
    return part;
  }
}
