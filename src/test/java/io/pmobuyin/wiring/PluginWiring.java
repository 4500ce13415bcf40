package io.pmobuyin.wiring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.mockito.Mockito;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.xml.BeanDefinitionParser;
import org.springframework.beans.factory.xml.DefaultNamespaceHandlerResolver;
import org.springframework.beans.factory.xml.NamespaceHandlerSupport;
import org.springframework.beans.factory.xml.ParserContext;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Loads the app's Spring XML the way Jira's plugin framework would, but with each {@code
 * <osgi:reference>} answered by a stand-in for the host's service (a Mockito mock of its interface,
 * or an inert proxy), then builds every module class the descriptors name by constructor injection.
 * Whatever cannot be built is reported.
 *
 * <p>It uses only Spring API that 5.3 and 6 share, and finds JAX-RS's {@code @Path} by name, so the
 * same compiled class also wires the Jira 11 jar in a class loader of Spring 6 and jakarta APIs.
 */
public final class PluginWiring {

  public static final String BLUEPRINT_NAMESPACE =
      "http://www.eclipse.org/gemini/blueprint/schema/blueprint";
  public static final String OWN_PACKAGE_PREFIX = "io.pmobuyin.";

  private final DefaultListableBeanFactory context = new DefaultListableBeanFactory();
  private final Function<Class<?>, Object> standIn;
  private final Set<Class<?>> importedServices = new LinkedHashSet<>();
  private final Map<String, Class<?>> exportedServices = new LinkedHashMap<>();

  private PluginWiring(Function<Class<?>, Object> standIn) {
    this.standIn = standIn;
  }

  /**
   * The context of the given Spring XML files (classpath patterns), host services mocked with
   * Mockito so tests can script them.
   */
  public static PluginWiring load(String... springXml) {
    return load(MockedServices::mock, springXml);
  }

  /**
   * The same with each host service an inert JDK proxy (answering null, false or zero), the way
   * Gemini Blueprint's service proxies stand between a bean and the service. It needs no Mockito,
   * so it also runs in a class loader that has none.
   */
  public static PluginWiring loadWithInertServices(String... springXml) {
    return load(PluginWiring::inertProxy, springXml);
  }

  private static PluginWiring load(Function<Class<?>, Object> standIn, String... springXml) {
    PluginWiring wiring = new PluginWiring(standIn);
    XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(wiring.context);
    DefaultNamespaceHandlerResolver standard = new DefaultNamespaceHandlerResolver();
    MockingReferenceHandler references = wiring.new MockingReferenceHandler();
    references.init();
    reader.setNamespaceHandlerResolver(
        namespace ->
            BLUEPRINT_NAMESPACE.equals(namespace) ? references : standard.resolve(namespace));
    for (String pattern : springXml) {
      reader.loadBeanDefinitions(resources(pattern));
    }
    return wiring;
  }

  public Set<Class<?>> importedServices() {
    return importedServices;
  }

  /** {@code <osgi:service ref=".." interface=".."/>}: the bean each interface is exported from. */
  public Map<String, Class<?>> exportedServices() {
    return exportedServices;
  }

  public DefaultListableBeanFactory context() {
    return context;
  }

  /**
   * Instantiates every bean, then every module class named in the descriptors (and every REST
   * resource in a {@code <rest>} module's packages). Returns what failed, each with the reason.
   */
  public List<String> problems(String... descriptorPatterns) {
    List<String> problems = new ArrayList<>();
    try {
      context.preInstantiateSingletons();
    } catch (RuntimeException e) {
      problems.add("the Spring context does not start: " + rootMessage(e));
      return problems;
    }
    exportedServices.forEach(
        (ref, service) -> {
          if (!context.containsBean(ref)) {
            problems.add("exported service " + service.getName() + ": no bean " + ref);
          } else if (!service.isInstance(context.getBean(ref))) {
            problems.add("exported service " + service.getName() + ": bean " + ref + " is not one");
          }
        });
    ModuleClasses modules = ModuleClasses.of(descriptorPatterns);
    for (String className : modules.named()) {
      construct(className, problems);
    }
    for (String className : restResources(modules.restPackages())) {
      if (context.getBeanNamesForType(load(className)).length == 0) {
        problems.add("REST resource " + className + " is not a bean of the Spring context");
      }
      construct(className, problems);
    }
    return problems;
  }

  /** Module classes and REST resources {@link #problems} would build. */
  public static List<String> modulesNamedIn(String... descriptorPatterns) {
    ModuleClasses modules = ModuleClasses.of(descriptorPatterns);
    List<String> all = new ArrayList<>(modules.named());
    all.addAll(restResources(modules.restPackages()));
    return all;
  }

  private void construct(String className, List<String> problems) {
    try {
      context.createBean(load(className), AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, true);
    } catch (RuntimeException | LinkageError e) {
      problems.add(className + " cannot be built by constructor injection: " + rootMessage(e));
    }
  }

  private static List<String> restResources(List<String> packages) {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(pathAnnotation()));
    List<String> resources = new ArrayList<>();
    for (String pkg : packages) {
      for (BeanDefinition candidate : scanner.findCandidateComponents(pkg)) {
        resources.add(candidate.getBeanClassName());
      }
    }
    return resources;
  }

  /** JAX-RS's {@code @Path} under the name this class loader has: jakarta on 11, javax on 10. */
  @SuppressWarnings("unchecked")
  private static Class<? extends Annotation> pathAnnotation() {
    for (String name : List.of("jakarta.ws.rs.Path", "javax.ws.rs.Path")) {
      try {
        return (Class<? extends Annotation>) Class.forName(name);
      } catch (ClassNotFoundException e) {
        // not this line's name: try the other
      }
    }
    throw new IllegalStateException("No JAX-RS @Path on the class path");
  }

  private static Class<?> load(String className) {
    try {
      return Class.forName(className);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("No class " + className, e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  static Resource[] resources(String pattern) {
    try {
      Resource[] found = new PathMatchingResourcePatternResolver().getResources(pattern);
      if (found.length == 0) {
        throw new IllegalArgumentException("Nothing on the classpath matches " + pattern);
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code <osgi:reference id=".." interface=".."/>} becomes a mock of that interface. */
  private final class MockingReferenceHandler extends NamespaceHandlerSupport {
    @Override
    public void init() {
      BeanDefinitionParser reference =
          (Element element, ParserContext parserContext) -> {
            Class<?> service = load(element.getAttribute("interface"));
            importedServices.add(service);
            RootBeanDefinition mock = standInFor(service);
            parserContext.getRegistry().registerBeanDefinition(element.getAttribute("id"), mock);
            return mock;
          };
      registerBeanDefinitionParser("reference", reference);
      // <osgi:service> publishes a bean of ours to the framework (SAL finds LifecycleAware so).
      registerBeanDefinitionParser(
          "service",
          (Element element, ParserContext parserContext) -> {
            exportedServices.put(
                element.getAttribute("ref"), load(element.getAttribute("interface")));
            return null;
          });
    }
  }

  private <T> RootBeanDefinition standInFor(Class<T> service) {
    return new RootBeanDefinition(service, () -> service.cast(standIn.apply(service)));
  }

  private static Object inertProxy(Class<?> service) {
    return Proxy.newProxyInstance(
        service.getClassLoader(),
        new Class<?>[] {service},
        (proxy, method, args) ->
            switch (method.getName()) {
              case "equals" -> proxy == args[0];
              case "hashCode" -> System.identityHashCode(proxy);
              case "toString" -> "inert " + service.getName();
              default -> inertValue(method.getReturnType());
            });
  }

  private static Object inertValue(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == char.class) {
      return '\0';
    }
    if (type.isPrimitive() && type != void.class) {
      return java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(type, 1), 0);
    }
    return null;
  }

  /** Kept apart so that the inert route never loads Mockito. */
  private static final class MockedServices {
    static Object mock(Class<?> service) {
      return Mockito.mock(service);
    }
  }

  /** Class names the descriptors give to modules, and packages of their REST modules. */
  private record ModuleClasses(List<String> named, List<String> restPackages) {
    static ModuleClasses of(String... descriptorPatterns) {
      Set<String> named = new LinkedHashSet<>();
      List<String> restPackages = new ArrayList<>();
      for (String pattern : descriptorPatterns) {
        for (Resource descriptor : resources(pattern)) {
          try (InputStream in = descriptor.getInputStream()) {
            NodeList all =
                DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(in)
                    .getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
              Element element = (Element) all.item(i);
              String className = element.getAttribute("class");
              if (className.startsWith(OWN_PACKAGE_PREFIX)) {
                named.add(className);
              }
              if (element.getTagName().equals("package")
                  && ((Element) element.getParentNode()).getTagName().equals("rest")) {
                restPackages.add(element.getTextContent().trim());
              }
            }
          } catch (Exception e) {
            throw new IllegalArgumentException("Cannot read descriptor " + descriptor, e);
          }
        }
      }
      return new ModuleClasses(List.copyOf(named), restPackages);
    }
  }
}
