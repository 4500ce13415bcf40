package io.pmobuyin.preview.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import io.pmobuyin.jira.field.ExecutiveSponsorFieldType;
import io.pmobuyin.jira.field.PmoScopeFieldType;
import io.pmobuyin.jira.field.SponsorGroupSetting;
import io.pmobuyin.preview.cli.Messages;
import io.pmobuyin.scope.CatalogueEntry;
import io.pmobuyin.scope.ScopeStatus;
import io.pmobuyin.scope.ServiceCatalogue;
import io.pmobuyin.testing.BundleI18nResolver;
import io.pmobuyin.testing.FieldForm;
import io.pmobuyin.testing.InMemoryCatalogueStore;
import io.pmobuyin.testing.JiraPeople;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The custom field templates rendered by the real Velocity engine, strict, with Jira's escaping of
 * every printed value, the context Jira gives field templates, and stand-ins for Jira's field
 * macros; on catalogue entries and users whose every text is an attack.
 */
class FieldTemplatesTest {

  private static final String ATTACK = "<script>alert('x')</script>";

  private final VelocityEngine engine = engine();
  private final ServiceCatalogue catalogue =
      new ServiceCatalogue(
          List.of(
              new CatalogueEntry("plan", ATTACK, "", ScopeStatus.IN_SCOPE, null, false),
              new CatalogueEntry(
                  "hr", "Hiring", "", ScopeStatus.OTHER_DEPARTMENT, "<img src=x onerror=1>", false),
              new CatalogueEntry(
                  "gate", "Gate \"reviews\" & more", "", ScopeStatus.IN_SCOPE, null, true)));
  private final PmoScopeFieldType scope =
      new PmoScopeFieldType(
          mock(CustomFieldValuePersister.class),
          mock(GenericConfigManager.class),
          InMemoryCatalogueStore.holding(catalogue),
          BundleI18nResolver.create());
  private final JiraPeople people =
      new JiraPeople()
          .active("JIRAUSER1", ATTACK, "sponsors")
          .active("JIRAUSER2", "Ada & Co", "sponsors")
          .inactive("JIRAUSER3", "<b>Old</b>", "sponsors");
  private final SponsorGroupSetting group = mock(SponsorGroupSetting.class);
  private final ExecutiveSponsorFieldType sponsor =
      new ExecutiveSponsorFieldType(
          mock(CustomFieldValuePersister.class),
          mock(GenericConfigManager.class),
          people.userManager(),
          people.groupManager(),
          group,
          BundleI18nResolver.create());
  private final Issue issue = mock(Issue.class);

  FieldTemplatesTest() {
    when(group.group()).thenReturn(Optional.of("sponsors"));
  }

  @Test
  void showsEachScopeEntryEscapedWithItsBadgeAndTheRetiredMark() {
    String html =
        render("pmo-scope-view", scope.getVelocityParameters(issue, field("plan hr gate"), null));

    assertThat(html).doesNotContain("<script", "<img");
    assertThat(html)
        .contains(
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
            "In PMO scope",
            "Owned by &lt;img src=x onerror=1&gt;",
            "Gate &quot;reviews&quot; &amp; more",
            "Retired",
            "aui-lozenge-success",
            "aui-lozenge-moved");
  }

  @Test
  void listsScopeEntriesInTheColumnWithTheStatusAsTooltip() {
    String html =
        render("pmo-scope-column-view", scope.getVelocityParameters(issue, field("hr gate"), null));

    assertThat(html).contains("title=\"Owned by &lt;img src=x onerror=1&gt;\"", "(Retired)");
    assertThat(html).doesNotContain("<img");
  }

  @Test
  void offersEveryActiveEntryToTickAndKeepsWhatTheIssueHeld() {
    Map<String, Object> context = scope.getVelocityParameters(issue, field("gate"), null);
    context.put("value", "gate");

    String html = render("pmo-scope-edit", context);

    assertThat(html)
        .contains(
            "name=\"customfield_10100\" id=\"customfield_10100-plan\" value=\"plan\">",
            "value=\"gate\" checked=\"checked\">",
            "<input type=\"hidden\" name=\"customfield_10100:kept\" value=\"gate\">",
            "<label for=\"customfield_10100\">&lt;i&gt;Field&lt;/i&gt;</label>");
    assertThat(html).doesNotContain("<script", "<img", "<i>");
  }

  @Test
  void writesScopeAsWellFormedXmlWhateverTheNames() throws Exception {
    String xml =
        render("pmo-scope-xml", scope.getVelocityParameters(issue, field("plan hr"), null));

    Document document = parse(xml);
    assertThat(document.getElementsByTagName("customfieldvalue").getLength()).isEqualTo(2);
    assertThat(document.getElementsByTagName("customfieldvalue").item(0).getTextContent())
        .isEqualTo(ATTACK);
  }

  @Test
  void showsTheSponsorEscapedAndMarkedWhenInactive() {
    String html =
        render(
            "executive-sponsor-view",
            sponsor.getVelocityParameters(issue, field(people.user("JIRAUSER3")), null));

    assertThat(html).contains("&lt;b&gt;Old&lt;/b&gt;", "inactive").doesNotContain("<b>");
  }

  @Test
  void showsNothingWithoutASponsor() {
    String html =
        render("executive-sponsor-view", sponsor.getVelocityParameters(issue, field(null), null));

    assertThat(html.strip()).isEmpty();
  }

  @Test
  void offersTheSponsorGroupInAPickerWithTheCurrentSponsorSelected() {
    Map<String, Object> context =
        sponsor.getVelocityParameters(issue, field(people.user("JIRAUSER2")), null);
    context.put("value", "JIRAUSER2");

    String html = render("executive-sponsor-edit", context);

    assertThat(html)
        .contains(
            "<option value=\"\">None</option>",
            "<option value=\"JIRAUSER2\" selected=\"selected\">Ada &amp; Co</option>",
            "<option value=\"JIRAUSER1\">&lt;script&gt;",
            "name=\"customfield_10100:kept\" value=\"JIRAUSER2\"");
    assertThat(html).doesNotContain("<script", "JIRAUSER3", "aui-message-warning");
  }

  @Test
  void warnsInTheFormWhenNoSponsorGroupIsChosen() {
    when(group.group()).thenReturn(Optional.empty());
    Map<String, Object> context = sponsor.getVelocityParameters(issue, field(null), null);
    context.put("value", "");

    assertThat(render("executive-sponsor-edit", context))
        .contains("aui-message-warning", "No sponsor group has been chosen yet");
  }

  @Test
  void writesTheSponsorAsWellFormedXml() throws Exception {
    String xml =
        render(
            "executive-sponsor-xml",
            sponsor.getVelocityParameters(issue, field(people.user("JIRAUSER1")), null));

    Document document = parse(xml);
    assertThat(document.getElementsByTagName("customfieldvalue").item(0).getTextContent())
        .isEqualTo(ATTACK);
  }

  private com.atlassian.jira.issue.fields.CustomField field(Object value) {
    return FieldForm.field(issue, value);
  }

  private String render(String template, Map<String, Object> parameters) {
    VelocityContext context = new VelocityContext();
    context.put("i18n", new FieldI18n());
    context.put("action", "action");
    context.put("customField", Map.of("id", FieldForm.FIELD_ID, "name", "<i>Field</i>"));
    context.put("fieldLayoutItem", Map.of("required", false, "fieldDescription", ""));
    context.put("displayParameters", new HashMap<>());
    new HashMap<>(parameters).forEach(context::put);
    EventCartridge events = new EventCartridge();
    events.addReferenceInsertionEventHandler(new HtmlEscapingInsertion());
    events.attachToContext(context);
    StringWriter out = new StringWriter();
    engine.getTemplate("templates/fields/" + template + ".vm", "UTF-8").merge(context, out);
    return out.toString();
  }

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(
            new ByteArrayInputStream(
                ("<root>" + xml + "</root>").getBytes(StandardCharsets.UTF_8)));
  }

  private static VelocityEngine engine() {
    Properties settings = new Properties();
    settings.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
    settings.setProperty(
        "resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
    settings.setProperty(RuntimeConstants.VM_LIBRARY, "templates/test/jira-field-macros.vm");
    settings.setProperty(RuntimeConstants.SPACE_GOBBLING, "bc");
    settings.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
    VelocityEngine engine = new VelocityEngine(settings);
    engine.init();
    return engine;
  }

  /** Jira's I18nHelper as field templates see it: getText with no argument or one. */
  public static final class FieldI18n {
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    public String getText(String key) {
      return messages.text(key);
    }

    public String getText(String key, Object argument) {
      return messages.text(key, argument);
    }
  }
}
