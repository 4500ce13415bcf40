package io.pmobuyin.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.pmobuyin.jira.security.RequestAccess;
import io.pmobuyin.testing.BundleI18nResolver;
import io.pmobuyin.testing.InMemoryCatalogueStore;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** Who may read and write the catalogue, and what a refused write says. */
class CatalogueResourceTest {

  private final UserManager users = mock(UserManager.class);
  private final HttpServletRequest request = mock(HttpServletRequest.class);
  private final InMemoryCatalogueStore store = new InMemoryCatalogueStore();
  private final CatalogueResource resource =
      new CatalogueResource(
          new RequestAccess(users), new RestErrors(BundleI18nResolver.create()), store);

  private void as(String user, boolean admin) {
    UserKey key = new UserKey(user);
    when(users.getRemoteUserKey()).thenReturn(key);
    when(users.isAdmin(key)).thenReturn(admin);
    when(request.getContentType()).thenReturn("application/json");
  }

  private static CatalogueEntryDto entry(String id, String name, String status) {
    return new CatalogueEntryDto(id, name, null, status, null, false);
  }

  @Test
  void refusesAnonymousCallersEverything() {
    assertThat(resource.catalogue(request).getStatus()).isEqualTo(401);
    assertThat(resource.add(request, entry("risk", "Risk", "IN_SCOPE")).getStatus()).isEqualTo(401);
    assertThat(resource.change(request, "risk", entry(null, "Risk", "IN_SCOPE")).getStatus())
        .isEqualTo(401);
  }

  @Test
  void letsUsersReadTheEntriesButNeitherWriteNorSeeWhoChangedThem() {
    as("admin", true);
    resource.add(request, entry("risk", "Risk review", "IN_SCOPE"));
    as("user", false);

    Response read = resource.catalogue(request);
    Response write = resource.add(request, entry("hiring", "Hiring", "OUT_OF_SCOPE"));

    assertThat(((CatalogueDto) read.getEntity()).entries())
        .extracting(CatalogueEntryDto::id)
        .containsExactly("risk");
    assertThat(((CatalogueDto) read.getEntity()).changes()).isNull();
    assertThat(write.getStatus()).isEqualTo(403);
    assertThat(store.catalogue().entries()).hasSize(1);
  }

  @Test
  void letsAdminsAddRenameAndReadTheAuditTrail() {
    as("admin", true);

    Response added = resource.add(request, entry("risk", "Risk review", "IN_SCOPE"));
    Response renamed =
        resource.change(request, "risk", entry("ignored", "Risk clinic", "IN_SCOPE"));
    CatalogueDto read = (CatalogueDto) resource.catalogue(request).getEntity();

    assertThat(added.getStatus()).isEqualTo(201);
    assertThat(renamed.getStatus()).isEqualTo(200);
    assertThat(read.entries())
        .extracting(e -> e.id() + "=" + e.name())
        .containsExactly("risk=Risk clinic");
    assertThat(read.changes())
        .extracting(c -> c.action() + " by " + c.actor())
        .containsExactly("CHANGED by admin", "ADDED by admin");
  }

  @Test
  void answersARefusedWriteWithATranslatedMessagePerField() {
    as("admin", true);

    Response response = resource.add(request, entry("Bad Id", "", "OTHER_DEPARTMENT"));

    assertThat(response.getStatus()).isEqualTo(400);
    FieldErrorsDto body = (FieldErrorsDto) response.getEntity();
    assertThat(body.message()).isEqualTo("The catalogue was not changed: see the fields marked.");
    assertThat(body.fieldErrors()).containsOnlyKeys("id", "name", "department");
    assertThat(body.fieldErrors().get("id")).contains("\"Bad Id\" is not");
    assertThat(store.changes()).isEmpty();
  }

  @Test
  void treatsAMissingBodyAsAnEmptyForm() {
    as("admin", true);

    assertThat(resource.add(request, null).getStatus()).isEqualTo(400);
  }
}
