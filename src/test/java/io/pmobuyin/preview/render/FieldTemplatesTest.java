package io.pmobuyin.preview.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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
  private final FieldTemplateFixture fields =
      new FieldTemplateFixture(ATTACK, "<img src=x onerror=1>");

  @Test
  void showsEachScopeEntryEscapedWithItsBadgeAndTheRetiredMark() {
    String html = render("pmo-scope-view", fields.scopeContext("plan hr gate"));

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
    String html = render("pmo-scope-column-view", fields.scopeContext("hr gate"));

    assertThat(html).contains("title=\"Owned by &lt;img src=x onerror=1&gt;\"", "(Retired)");
    assertThat(html).doesNotContain("<img");
  }

  @Test
  void offersEveryActiveEntryToTickAndKeepsWhatTheIssueHeld() {
    String html = render("pmo-scope-edit", fields.scopeContext("gate"));

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
    Document document = parse(render("pmo-scope-xml", fields.scopeContext("plan hr")));

    assertThat(document.getElementsByTagName("customfieldvalue").getLength()).isEqualTo(2);
    assertThat(document.getElementsByTagName("customfieldvalue").item(0).getTextContent())
        .isEqualTo(ATTACK);
  }

  @Test
  void showsTheSponsorEscapedAndMarkedWhenInactive() {
    String html = render("executive-sponsor-view", fields.sponsorContext("JIRAUSER3"));

    assertThat(html).contains("&lt;b&gt;Old&lt;/b&gt;", "inactive").doesNotContain("<b>");
  }

  @Test
  void showsNothingWithoutASponsor() {
    assertThat(render("executive-sponsor-view", fields.sponsorContext(null)).strip()).isEmpty();
  }

  @Test
  void offersTheSponsorGroupInAPickerWithTheCurrentSponsorSelected() {
    String html = render("executive-sponsor-edit", fields.sponsorContext("JIRAUSER2"));

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
    when(fields.group.group()).thenReturn(Optional.empty());

    assertThat(render("executive-sponsor-edit", fields.sponsorContext(null)))
        .contains("aui-message-warning", "No sponsor group has been chosen yet");
  }

  @Test
  void writesTheSponsorAsWellFormedXml() throws Exception {
    Document document = parse(render("executive-sponsor-xml", fields.sponsorContext("JIRAUSER1")));

    assertThat(document.getElementsByTagName("customfieldvalue").item(0).getTextContent())
        .isEqualTo(ATTACK);
  }

  private String render(String template, Map<String, Object> parameters) {
    VelocityContext context = new VelocityContext();
    parameters.forEach(context::put);
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
    settings.setProperty(RuntimeConstants.VM_LIBRARY, FieldTemplateFixture.MACROS);
    settings.setProperty(RuntimeConstants.SPACE_GOBBLING, "bc");
    settings.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
    VelocityEngine engine = new VelocityEngine(settings);
    engine.init();
    return engine;
  }
}
