package io.pmobuyin.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Proves that everything the plugin descriptors and templates name is really there: classes (in the
 * bundle or in an imported package), resources, i18n keys (from descriptors, templates and the
 * string constants of our classes) and the velocity allowlist (every listed method exists, every
 * method a template calls on our classes is listed).
 */
public final class DescriptorLint {

  public static final String ROOT_DESCRIPTOR = "atlassian-plugin.xml";

  /** Our i18n keys all start so; other dotted constants in code must not. */
  public static final Pattern I18N_KEY_IN_CODE = Pattern.compile("^pmobuyin\\.[A-Za-z0-9_.-]+$");

  private static final Set<String> I18N_KEY_ELEMENTS =
      Set.of("label", "description", "title", "tooltip");

  private final AppBundle bundle;
  private final List<String> problems = new ArrayList<>();

  private DescriptorLint(AppBundle bundle) {
    this.bundle = bundle;
  }

  /**
   * Every problem found, each naming the file and what is wrong; empty when the bundle is sound.
   */
  public static List<String> check(AppBundle bundle) {
    return new DescriptorLint(bundle).run();
  }

  private List<String> run() {
    Map<String, Document> descriptors = descriptors();
    Set<String> i18nKeys = new HashSet<>();
    Set<String> allowlist = new HashSet<>();
    Map<String, String> usedKeys = new LinkedHashMap<>();
    descriptors.forEach(
        (name, document) -> {
          for (Element element : elements(document)) {
            checkClassAttribute(name, element);
            checkResource(name, element, i18nKeys);
            collectI18nKeys(name, element, usedKeys);
            if (element.getTagName().equals("velocity-allowlist")) {
              for (Element method : children(element, "method")) {
                allowlist.add(method.getTextContent().trim());
              }
            }
          }
        });
    try (URLClassLoader classes = bundleClassLoader()) {
      allowlist.forEach(entry -> checkAllowlistEntry(entry, classes));
      TemplateMethodCheck methods = new TemplateMethodCheck(classes, allowlist);
      for (String entry : bundle.entryNames()) {
        if (entry.endsWith(".vm")) {
          TemplateSource template = TemplateSource.parse(bundle.text(entry));
          template.i18nKeys().forEach(key -> usedKeys.putIfAbsent(key, entry));
          problems.addAll(methods.check(entry, template));
        }
      }
    } catch (IOException e) {
      problems.add("cannot read classes of " + bundle.path() + ": " + e);
    }
    collectKeysUsedInCode(usedKeys);
    usedKeys.forEach(
        (key, where) -> {
          if (!i18nKeys.contains(key)) {
            problems.add(where + ": i18n key " + key + " is not in the i18n bundle");
          }
        });
    return List.copyOf(problems);
  }

  private Map<String, Document> descriptors() {
    Map<String, Document> descriptors = new LinkedHashMap<>();
    if (!bundle.hasEntry(ROOT_DESCRIPTOR)) {
      problems.add(ROOT_DESCRIPTOR + " is not at the root of the jar");
      return descriptors;
    }
    descriptors.put(ROOT_DESCRIPTOR, parse(ROOT_DESCRIPTOR));
    for (String folder : bundle.header("Atlassian-Scan-Folders").orElse("").split(",")) {
      String prefix = folder.trim() + "/";
      bundle.entryNames().stream()
          .filter(name -> !folder.isBlank() && name.startsWith(prefix) && name.endsWith(".xml"))
          .forEach(name -> descriptors.put(name, parse(name)));
    }
    descriptors.values().removeIf(document -> document == null);
    return descriptors;
  }

  private Document parse(String entry) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bundle.bytes(entry)));
    } catch (Exception e) {
      problems.add(entry + ": not well-formed XML: " + e.getMessage());
      return null;
    }
  }

  private void checkClassAttribute(String descriptor, Element element) {
    String className = element.getAttribute("class");
    if (className.isEmpty() || className.equals("java.lang.Object")) {
      return;
    }
    if (bundle.hasEntry(className.replace('.', '/') + ".class")) {
      return;
    }
    String pkg = className.substring(0, Math.max(0, className.lastIndexOf('.')));
    if (!bundle.importedPackages().containsKey(pkg)) {
      problems.add(
          descriptor
              + ": <"
              + element.getTagName()
              + " class=\""
              + className
              + "\"> is neither in the bundle nor in an imported package");
    }
  }

  private void checkResource(String descriptor, Element element, Set<String> i18nKeys) {
    if (!element.getTagName().equals("resource")) {
      return;
    }
    String type = element.getAttribute("type");
    String location = element.getAttribute("location");
    if (type.equals("i18n")) {
      String file = location.replace('.', '/') + ".properties";
      if (!bundle.hasEntry(file)) {
        problems.add(
            descriptor + ": i18n bundle " + location + " (" + file + ") is not in the jar");
        return;
      }
      Properties properties = new Properties();
      try {
        properties.load(new ByteArrayInputStream(bundle.bytes(file)));
      } catch (IOException e) {
        problems.add(file + ": unreadable: " + e.getMessage());
      }
      i18nKeys.addAll(properties.stringPropertyNames());
    } else if (location.endsWith("/")
        ? !bundle.hasEntriesUnder(location)
        : !bundle.hasEntry(location)) {
      problems.add(descriptor + ": resource " + location + " is not in the jar");
    }
  }

  private static void collectI18nKeys(
      String descriptor, Element element, Map<String, String> used) {
    String nameKey = element.getAttribute("i18n-name-key");
    if (!nameKey.isEmpty()) {
      used.putIfAbsent(nameKey, descriptor);
    }
    if (I18N_KEY_ELEMENTS.contains(element.getTagName())
        && !element.getAttribute("key").isEmpty()) {
      used.putIfAbsent(element.getAttribute("key"), descriptor);
    }
  }

  private void collectKeysUsedInCode(Map<String, String> used) {
    for (String entry : bundle.entryNames()) {
      if (entry.startsWith("io/pmobuyin/") && entry.endsWith(".class")) {
        ClassFileConstants.read(bundle.bytes(entry)).stringLiterals().stream()
            .filter(literal -> I18N_KEY_IN_CODE.matcher(literal).matches())
            .forEach(key -> used.putIfAbsent(key, entry));
      }
    }
  }

  private void checkAllowlistEntry(String entry, ClassLoader classes) {
    int hash = entry.indexOf('#');
    int open = entry.indexOf('(');
    if (hash < 0 || open < hash || !entry.endsWith(")")) {
      problems.add(
          "velocity-allowlist: " + entry + " is not of the form fq.Class#method(fq.Param,...)");
      return;
    }
    String className = entry.substring(0, hash);
    if (!className.startsWith(TemplateMethodCheck.OWN_PACKAGE_PREFIX)) {
      problems.add(
          "velocity-allowlist: "
              + entry
              + " is not one of our classes (apps may list only their own)");
      return;
    }
    try {
      Class<?> owner = Class.forName(className, false, classes);
      boolean exists =
          Arrays.stream(owner.getMethods())
              .map(method -> TemplateMethodCheck.allowlistEntry(owner, method))
              .anyMatch(entry::equals);
      if (!exists) {
        problems.add("velocity-allowlist: " + entry + " names no public method of " + className);
      }
    } catch (ClassNotFoundException e) {
      problems.add("velocity-allowlist: " + entry + ": no class " + className);
    }
  }

  private URLClassLoader bundleClassLoader() throws IOException {
    return new URLClassLoader(
        new URL[] {bundle.path().toUri().toURL()}, DescriptorLint.class.getClassLoader());
  }

  private static List<Element> elements(Document document) {
    NodeList all = document.getElementsByTagName("*");
    List<Element> elements = new ArrayList<>(all.getLength());
    for (int i = 0; i < all.getLength(); i++) {
      elements.add((Element) all.item(i));
    }
    return elements;
  }

  private static List<Element> children(Element parent, String tag) {
    return elements(parent.getOwnerDocument()).stream()
        .filter(e -> e.getParentNode() == parent && e.getTagName().equals(tag))
        .collect(Collectors.toList());
  }
}
