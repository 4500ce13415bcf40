package io.pmobuyin.bundle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Velocity template names, read as text: the context it declares in its header ({@code ##
 * context: $page fully.qualified.Type}, or {@code host} for objects Jira provides such as {@code
 * $i18n}), the variables it binds with {@code #foreach} / {@code #set}, every reference chain it
 * uses, and the i18n keys it asks for literally.
 */
final class TemplateSource {

  static final String HOST = "host";

  private static final Pattern CONTEXT =
      Pattern.compile("^##\\s*context:\\s*\\$(\\w+)\\s+(\\S+)\\s*$", Pattern.MULTILINE);
  private static final Pattern BLOCK_COMMENT = Pattern.compile("#\\*.*?\\*#", Pattern.DOTALL);
  private static final Pattern LINE_COMMENT = Pattern.compile("##.*$", Pattern.MULTILINE);
  private static final Pattern FOREACH =
      // the list may be a chain of calls, $row.open().parts()
      Pattern.compile(
          "#\\{?foreach\\}?\\s*\\(\\s*\\$(\\w+)\\s+in\\s+"
              + "(\\$[A-Za-z]\\w*(?:\\.[A-Za-z_]\\w*(?:\\([^()]*\\))?)*)\\s*\\)");
  private static final Pattern SET =
      Pattern.compile("#\\{?set\\}?\\s*\\(\\s*\\$(\\w+)\\s*=\\s*(\\$[^)]*\\)?)\\s*\\)");
  private static final Pattern REFERENCE =
      Pattern.compile("\\$!?\\{?([A-Za-z][\\w]*)((?:\\.[A-Za-z_]\\w*(?:\\([^()]*\\))?)*)");
  private static final Pattern MEMBER = Pattern.compile("\\.([A-Za-z_]\\w*)(\\(([^()]*)\\))?");
  private static final Pattern I18N_KEY =
      Pattern.compile("\\$!?\\{?i18n\\.getText\\(\\s*[\"']([^\"']+)[\"']");

  /** One {@code .name} or {@code .name(args)} step of a reference chain. */
  record Member(String name, boolean call, int arguments) {}

  /** {@code $root.a.b(x)}, as written. */
  record Reference(String root, List<Member> members, String text) {}

  /** {@code #foreach ($var in chain)} (iterates) or {@code #set ($var = chain)}. */
  record Binding(String variable, Reference source, boolean iterates) {}

  private final Map<String, String> declaredContext;
  private final List<Binding> bindings;
  private final List<Reference> references;
  private final List<String> i18nKeys;

  private TemplateSource(
      Map<String, String> declaredContext,
      List<Binding> bindings,
      List<Reference> references,
      List<String> i18nKeys) {
    this.declaredContext = declaredContext;
    this.bindings = bindings;
    this.references = references;
    this.i18nKeys = i18nKeys;
  }

  static TemplateSource parse(String template) {
    Map<String, String> context = new LinkedHashMap<>();
    Matcher declared = CONTEXT.matcher(template);
    while (declared.find()) {
      context.put(declared.group(1), declared.group(2));
    }
    String code =
        LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(template).replaceAll("")).replaceAll("");
    List<Binding> bindings = new ArrayList<>();
    collectBindings(FOREACH, code, true, bindings);
    collectBindings(SET, code, false, bindings);
    List<Reference> references = new ArrayList<>();
    Matcher reference = REFERENCE.matcher(code);
    while (reference.find()) {
      references.add(reference(reference));
    }
    List<String> keys = new ArrayList<>();
    Matcher key = I18N_KEY.matcher(code);
    while (key.find()) {
      keys.add(key.group(1));
    }
    return new TemplateSource(context, bindings, references, keys);
  }

  private static void collectBindings(
      Pattern pattern, String code, boolean iterates, List<Binding> into) {
    Matcher m = pattern.matcher(code);
    while (m.find()) {
      Matcher source = REFERENCE.matcher(m.group(2));
      if (source.find()) {
        into.add(new Binding(m.group(1), reference(source), iterates));
      }
    }
  }

  private static Reference reference(Matcher m) {
    List<Member> members = new ArrayList<>();
    Matcher member = MEMBER.matcher(m.group(2));
    while (member.find()) {
      boolean call = member.group(2) != null;
      String args = call ? member.group(3).trim() : "";
      members.add(new Member(member.group(1), call, args.isEmpty() ? 0 : args.split(",").length));
    }
    return new Reference(m.group(1), members, m.group());
  }

  Map<String, String> declaredContext() {
    return declaredContext;
  }

  List<Binding> bindings() {
    return bindings;
  }

  List<Reference> references() {
    return references;
  }

  List<String> i18nKeys() {
    return i18nKeys;
  }
}
