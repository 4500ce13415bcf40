package io.pmobuyin.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmobuyin.jira.digest.JiraDigestAudiences;
import io.pmobuyin.jira.digest.JiraMailQueueOutbox;
import io.pmobuyin.jira.digest.SettingsDigestStore;
import io.pmobuyin.jira.rest.DigestFormDto;
import io.pmobuyin.jira.rest.DigestResource;
import io.pmobuyin.jira.rest.RestErrors;
import io.pmobuyin.jira.security.RequestAccess;
import io.pmobuyin.report.mail.DigestLinks;
import io.pmobuyin.report.mail.DigestMessage;
import io.pmobuyin.run.digest.DigestSender;
import io.pmobuyin.testing.BundleTexts;
import io.pmobuyin.testing.InMemoryOptOuts;
import io.pmobuyin.testing.JiraBrowsing;
import io.pmobuyin.testing.JiraPeople;
import io.pmobuyin.testing.MapPluginSettings;
import io.pmobuyin.testing.SampleGadgetData;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Response;

/**
 * The regular report's REST resource behind {@code /digest}, over the backend's plugin settings and
 * mail queue, as a Jira admin who may browse the sample's first project calls it.
 */
final class AdminDigestApi {

  private final ObjectMapper json = new ObjectMapper();
  private final DigestResource resource;

  AdminDigestApi(AdminBackend backend, RequestAccess access, RestErrors errors, JiraPeople people) {
    String project = SampleGadgetData.standard().report().projects().get(0).key();
    JiraBrowsing jira = new JiraBrowsing().projects(project).browses(AdminRestApi.ADMIN, project);
    resource =
        new DigestResource(
            access,
            errors,
            new SettingsDigestStore(
                MapPluginSettings.over(backend.pluginSettings),
                new io.pmobuyin.testing.LocalClusterLocks()),
            new DigestSender(
                new JiraDigestAudiences(
                    people.groupManager(),
                    people.userManager(),
                    jira.projectManager(),
                    jira.permissionManager()),
                new InMemoryOptOuts(),
                (input, links) -> new DigestMessage("Report", "<p>report</p>", "report"),
                BundleTexts::new,
                (user, subscription) -> new DigestLinks("https://j/d", "https://j/u"),
                new JiraMailQueueOutbox(backend.mailQueue, backend.mailServers)),
            () -> Optional.of(SampleGadgetData.standard()),
            backend.settings,
            people.groupManager(),
            Clock.systemUTC());
  }

  /** The answer, or null for a path of another resource. */
  Response call(String method, String path, byte[] body, HttpServletRequest caller)
      throws IOException {
    String one = "/digest/subscriptions/";
    if (path.equals("/digest") && method.equals("GET")) {
      return resource.overview(caller);
    }
    if (path.equals("/digest/subscriptions") && method.equals("POST")) {
      return resource.add(caller, form(body));
    }
    if (path.startsWith(one) && method.equals("PUT")) {
      return resource.change(caller, path.substring(one.length()), form(body));
    }
    if (path.startsWith(one) && method.equals("DELETE")) {
      return resource.remove(caller, path.substring(one.length()));
    }
    if (path.equals("/digest/test") && method.equals("POST")) {
      return resource.test(caller);
    }
    return null;
  }

  private DigestFormDto form(byte[] body) throws IOException {
    return body.length == 0 ? null : json.readValue(body, DigestFormDto.class);
  }
}
