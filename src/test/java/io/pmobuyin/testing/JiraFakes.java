package io.pmobuyin.testing;

import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.history.ChangeItemBean;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.dynamic.scaffold.subclass.ConstructorStrategy;
import net.bytebuddy.implementation.FieldAccessor;
import net.bytebuddy.matcher.ElementMatchers;
import org.objenesis.ObjenesisStd;

/**
 * Stand-ins for Jira's objects that answer from plain data, for {@link JiraIssues}. Not Mockito: a
 * Mockito mock costs microseconds a call here, which would swamp what a benchmark of the issue
 * source measures. Interfaces are dynamic proxies answering by method name; Jira's ChangeHistory, a
 * class Jira builds from its database, is a generated subclass made without calling a constructor,
 * so the same code runs against our declarations and against the real jira-api.
 */
final class JiraFakes {

  private static final Class<? extends ChangeHistory> HISTORY_TYPE =
      new ByteBuddy()
          .subclass(ChangeHistory.class, ConstructorStrategy.Default.NO_CONSTRUCTORS)
          .defineField("timePerformed", Timestamp.class, Visibility.PUBLIC)
          .defineField("items", List.class, Visibility.PUBLIC)
          .defineField("issueId", Long.class, Visibility.PUBLIC)
          .method(ElementMatchers.named("getTimePerformed"))
          .intercept(FieldAccessor.ofField("timePerformed"))
          .method(ElementMatchers.named("getChangeItemBeans"))
          .intercept(FieldAccessor.ofField("items"))
          .method(ElementMatchers.named("getIssueId"))
          .intercept(FieldAccessor.ofField("issueId"))
          .make()
          .load(JiraFakes.class.getClassLoader(), ClassLoadingStrategy.Default.WRAPPER)
          .getLoaded();

  private static final ObjenesisStd OBJENESIS = new ObjenesisStd(true);
  private static final Field TIME_PERFORMED = field("timePerformed");
  private static final Field ITEMS = field("items");
  private static final Field ISSUE_ID = field("issueId");

  private JiraFakes() {}

  /**
   * A stand-in of a Jira interface. Each answer is the value for the method of that name, or a
   * {@link Function} of the call's arguments; an answer that is a Throwable is thrown instead. A
   * method without an answer fails the test, so a source that starts reading a new getter is
   * noticed.
   */
  static <T> T of(Class<T> type, String description, Map<String, Object> answers) {
    InvocationHandler handler =
        (proxy, method, args) -> answer(proxy, method, args, description, answers);
    return type.cast(
        Proxy.newProxyInstance(JiraFakes.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  /** One entry of an issue's change history, as Jira hands it out. */
  static ChangeHistory history(long issueId, Timestamp at, List<ChangeItemBean> items) {
    ChangeHistory history = OBJENESIS.newInstance(HISTORY_TYPE);
    try {
      TIME_PERFORMED.set(history, at);
      ITEMS.set(history, items);
      ISSUE_ID.set(history, issueId);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
    return history;
  }

  @SuppressWarnings("unchecked")
  private static Object answer(
      Object proxy, Method method, Object[] args, String description, Map<String, Object> answers)
      throws Throwable {
    String name = method.getName();
    if (method.getDeclaringClass() == Object.class) {
      return switch (name) {
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        default -> description;
      };
    }
    if (!answers.containsKey(name)) {
      throw new UnsupportedOperationException(description + " has no answer for " + name);
    }
    Object answer = answers.get(name);
    if (answer instanceof Function<?, ?> function) {
      answer = ((Function<Object[], Object>) function).apply(args);
    }
    if (answer instanceof Throwable fault) {
      throw fault;
    }
    return answer;
  }

  private static Field field(String name) {
    try {
      return HISTORY_TYPE.getField(name);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
