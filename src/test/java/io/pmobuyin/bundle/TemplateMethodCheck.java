package io.pmobuyin.bundle;

import io.pmobuyin.bundle.TemplateSource.Binding;
import io.pmobuyin.bundle.TemplateSource.Member;
import io.pmobuyin.bundle.TemplateSource.Reference;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves every reference chain of a template against the declared context types, the way Velocity
 * looks up properties and methods, and reports each method of our own classes that the velocity
 * allowlist does not list, and each chain it cannot type.
 */
final class TemplateMethodCheck {

  static final String OWN_PACKAGE_PREFIX = "io.pmobuyin.";

  private final ClassLoader classes;
  private final Set<String> allowlist;

  TemplateMethodCheck(ClassLoader classes, Set<String> allowlist) {
    this.classes = classes;
    this.allowlist = allowlist;
  }

  List<String> check(String templateName, TemplateSource template) {
    List<String> problems = new ArrayList<>();
    Map<String, Optional<Type>> variables = new HashMap<>();
    template
        .declaredContext()
        .forEach(
            (name, type) -> {
              if (TemplateSource.HOST.equals(type)) {
                variables.put(name, Optional.empty());
              } else {
                try {
                  variables.put(name, Optional.of(Class.forName(type, false, classes)));
                } catch (ClassNotFoundException e) {
                  problems.add(
                      templateName + ": context type " + type + " of $" + name + " does not exist");
                }
              }
            });
    for (Binding binding : template.bindings()) {
      Optional<Type> source = resolve(templateName, binding.source(), variables, problems);
      variables.put(
          binding.variable(),
          binding.iterates() ? source.map(TemplateMethodCheck::elementType) : source);
    }
    for (Reference reference : template.references()) {
      resolve(templateName, reference, variables, problems);
    }
    return problems.stream().distinct().toList();
  }

  /** The static type of the chain, or empty where it is a host object or cannot be told. */
  private Optional<Type> resolve(
      String templateName,
      Reference reference,
      Map<String, Optional<Type>> variables,
      List<String> problems) {
    if (!variables.containsKey(reference.root())) {
      if (!reference.members().isEmpty()) {
        problems.add(
            templateName
                + ": "
                + reference.text()
                + " uses $"
                + reference.root()
                + ", which the template neither declares (## context:) nor binds");
      }
      return Optional.empty();
    }
    Optional<Type> current = variables.get(reference.root());
    if (current.isEmpty()) {
      return Optional.empty();
    }
    Type type = current.get();
    for (Member member : reference.members()) {
      Optional<Method> method = find(raw(type), member);
      if (method.isEmpty()) {
        problems.add(
            templateName
                + ": "
                + reference.text()
                + ": "
                + raw(type).getName()
                + " has no "
                + describe(member));
        return Optional.empty();
      }
      requireAllowlisted(templateName, reference, raw(type), method.get(), problems);
      type = method.get().getGenericReturnType();
      if (raw(type) == Object.class && !member.equals(last(reference))) {
        problems.add(
            templateName
                + ": "
                + reference.text()
                + ": cannot tell the type after ."
                + member.name());
        return Optional.empty();
      }
    }
    return Optional.of(type);
  }

  private void requireAllowlisted(
      String templateName,
      Reference reference,
      Class<?> owner,
      Method method,
      List<String> problems) {
    if (!owner.getName().startsWith(OWN_PACKAGE_PREFIX)) {
      return;
    }
    String entry = allowlistEntry(owner, method);
    if (!allowlist.contains(entry)) {
      problems.add(
          templateName
              + ": "
              + reference.text()
              + " calls "
              + entry
              + ", which the velocity-allowlist module does not list");
    }
  }

  static String allowlistEntry(Class<?> owner, Method method) {
    String parameters =
        Arrays.stream(method.getParameterTypes())
            .map(Class::getName)
            .collect(Collectors.joining(","));
    return owner.getName() + "#" + method.getName() + "(" + parameters + ")";
  }

  private static Optional<Method> find(Class<?> type, Member member) {
    List<Method> publicMethods =
        Arrays.stream(type.getMethods()).filter(m -> !Modifier.isStatic(m.getModifiers())).toList();
    if (member.call()) {
      return publicMethods.stream()
          .filter(
              m -> m.getName().equals(member.name()) && m.getParameterCount() == member.arguments())
          .findFirst();
    }
    String capitalised =
        Character.toUpperCase(member.name().charAt(0)) + member.name().substring(1);
    for (String candidate :
        List.of("get" + capitalised, "get" + member.name(), "is" + capitalised)) {
      Optional<Method> getter =
          publicMethods.stream()
              .filter(m -> m.getName().equals(candidate) && m.getParameterCount() == 0)
              .findFirst();
      if (getter.isPresent()) {
        return getter;
      }
    }
    return publicMethods.stream()
        .filter(m -> m.getName().equals("get") && m.getParameterCount() == 1)
        .filter(m -> Map.class.isAssignableFrom(type))
        .findFirst();
  }

  private static Member last(Reference reference) {
    return reference.members().get(reference.members().size() - 1);
  }

  private static String describe(Member member) {
    return member.call()
        ? "method " + member.name() + " with " + member.arguments() + " argument(s)"
        : "property " + member.name();
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof GenericArrayType) {
      return Object[].class;
    }
    return Object.class;
  }

  private static Type elementType(Type iterable) {
    if (iterable instanceof Class<?> c && c.isArray()) {
      return c.getComponentType();
    }
    if (iterable instanceof ParameterizedType p) {
      Type[] arguments = p.getActualTypeArguments();
      return arguments[arguments.length - 1];
    }
    return Object.class;
  }
}
