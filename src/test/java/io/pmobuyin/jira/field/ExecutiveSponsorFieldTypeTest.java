package io.pmobuyin.jira.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.user.ApplicationUser;
import io.pmobuyin.testing.BundleI18nResolver;
import io.pmobuyin.testing.FieldForm;
import io.pmobuyin.testing.JiraPeople;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExecutiveSponsorFieldTypeTest {

  private final JiraPeople people =
      new JiraPeople()
          .active("JIRAUSER1", "Zoe Chief", "sponsors")
          .active("JIRAUSER2", "ada Boss", "sponsors")
          .inactive("JIRAUSER3", "Old Exec", "sponsors")
          .active("JIRAUSER4", "Pat Engineer", "developers")
          .deleted("JIRAUSER9");
  private final SponsorGroupSetting setting = mock(SponsorGroupSetting.class);
  private final ExecutiveSponsorFieldType type =
      new ExecutiveSponsorFieldType(
          mock(CustomFieldValuePersister.class),
          mock(GenericConfigManager.class),
          people.userManager(),
          people.groupManager(),
          setting,
          BundleI18nResolver.create());

  ExecutiveSponsorFieldTypeTest() {
    when(setting.group()).thenReturn(Optional.of("sponsors"));
  }

  @Test
  void storesTheUserKeyWhichSurvivesARename() {
    assertThat(type.getDatabaseType()).isSameAs(PersistenceFieldType.TYPE_LIMITED_TEXT);
    assertThat(type.getDbValueFromObject(people.user("JIRAUSER1"))).isEqualTo("JIRAUSER1");
    assertThat(type.getObjectFromDbValue("JIRAUSER1")).isSameAs(people.user("JIRAUSER1"));
  }

  @Test
  void readsADeletedSponsorBackRatherThanLosingTheValue() {
    ApplicationUser gone = type.getObjectFromDbValue("JIRAUSER9");

    assertThat(gone).isNotNull();
    assertThat(gone.getKey()).isEqualTo("JIRAUSER9");
  }

  @Test
  void convertsToTextByKeyAndBackByKeyOrUsername() {
    ApplicationUser zoe = people.user("JIRAUSER1");

    assertThat(type.getStringFromSingularObject(zoe)).isEqualTo("JIRAUSER1");
    assertThat(type.getSingularObjectFromString("JIRAUSER1")).isSameAs(zoe);
    assertThat(type.getSingularObjectFromString(" user1 ")).isSameAs(zoe);
    assertThat(type.getSingularObjectFromString(" ")).isNull();
  }

  @Test
  void refusesTextNamingNoUser() {
    assertThatThrownBy(() -> type.getSingularObjectFromString("nobody"))
        .isInstanceOf(FieldValidationException.class)
        .hasMessage("There is no user \"nobody\".");
  }

  @Test
  void acceptsAnActiveMemberOfTheSponsorGroupOrNoSponsor() {
    assertThat(errorsFor(FieldForm.submitting("JIRAUSER1"))).isEmpty();
    assertThat(errorsFor(FieldForm.submitting())).isEmpty();
    assertThat(errorsFor(FieldForm.submitting(""))).isEmpty();
  }

  @Test
  void refusesSomeoneOutsideTheGroupAnInactiveUserAndAnUnknownOne() {
    assertThat(errorsFor(FieldForm.submitting("JIRAUSER4")))
        .containsExactly("Pat Engineer is not in the sponsor group sponsors.");
    assertThat(errorsFor(FieldForm.submitting("JIRAUSER3")))
        .containsExactly("Old Exec is not an active user, so cannot be chosen as sponsor.");
    assertThat(errorsFor(FieldForm.submitting("JIRAUSER9")))
        .containsExactly("There is no user \"JIRAUSER9\".");
  }

  @Test
  void refusesEveryoneUntilAnAdminChoosesTheGroup() {
    when(setting.group()).thenReturn(Optional.empty());

    assertThat(errorsFor(FieldForm.submitting("JIRAUSER1")))
        .singleElement()
        .asString()
        .startsWith("No sponsor group has been chosen yet.");
  }

  @Test
  void letsASponsorAlreadyOnTheIssueStayAfterLeavingTheGroup() {
    FieldForm form =
        FieldForm.submitting("JIRAUSER3").with(ExecutiveSponsorFieldType.KEPT, "JIRAUSER3");

    assertThat(errorsFor(form)).isEmpty();
  }

  @Test
  void offersTheGroupsActiveMembersByNameInTheForm() {
    SponsorFieldView view = view(null, null);

    assertThat(view.isGroupChosen()).isTrue();
    assertThat(view.choicesFor(""))
        .extracting(SponsorChoice::getDisplayName, SponsorChoice::isSelected)
        .containsExactly(tuple("ada Boss", false), tuple("Zoe Chief", false));
    assertThat(view.choicesFor("JIRAUSER1"))
        .extracting(SponsorChoice::isSelected)
        .containsExactly(false, true);
  }

  @Test
  void keepsASponsorWhoLeftInTheFormMarkedAndSelected() {
    SponsorFieldView view = view(null, null);

    assertThat(view.choicesFor("JIRAUSER3"))
        .extracting(
            SponsorChoice::getDisplayName, SponsorChoice::getMark, SponsorChoice::isSelected)
        .first()
        .isEqualTo(tuple("Old Exec", "inactive", true));
  }

  @Test
  void showsAnInactiveOrDeletedSponsorMarked() {
    Issue issue = mock(Issue.class);

    SponsorFieldView inactive = view(issue, people.user("JIRAUSER3"));
    assertThat(inactive.getCurrent().getDisplayName()).isEqualTo("Old Exec");
    assertThat(inactive.getCurrent().getMark()).isEqualTo("inactive");
    assertThat(inactive.getKept()).isEqualTo("JIRAUSER3");

    SponsorFieldView deleted = view(issue, type.getObjectFromDbValue("JIRAUSER9"));
    assertThat(deleted.getCurrent().getDisplayName()).isEqualTo("JIRAUSER9");
    assertThat(deleted.getCurrent().getMark()).isEqualTo("deleted");

    SponsorFieldView active = view(issue, people.user("JIRAUSER1"));
    assertThat(active.getCurrent().isMarked()).isFalse();
  }

  @Test
  void saysSoWhenNoGroupIsChosenYet() {
    when(setting.group()).thenReturn(Optional.empty());

    SponsorFieldView view = view(null, null);

    assertThat(view.isGroupChosen()).isFalse();
    assertThat(view.choicesFor("")).isEmpty();
    assertThat(view.isEmpty()).isTrue();
  }

  @Test
  void offersAtMostFiveHundredMembersAndSaysTheListIsCut() {
    JiraPeople crowd = new JiraPeople();
    for (int i = 0; i < ExecutiveSponsorFieldType.MOST_CHOICES + 3; i++) {
      crowd.active("JIRAUSER" + (1000 + i), "Exec " + (1000 + i), "sponsors");
    }
    ExecutiveSponsorFieldType big =
        new ExecutiveSponsorFieldType(
            mock(CustomFieldValuePersister.class),
            mock(GenericConfigManager.class),
            crowd.userManager(),
            crowd.groupManager(),
            setting,
            BundleI18nResolver.create());

    SponsorFieldView view =
        (SponsorFieldView)
            big.getVelocityParameters(null, null, null).get(ExecutiveSponsorFieldType.VIEW);

    assertThat(view.isCut()).isTrue();
    assertThat(view.choicesFor("")).hasSize(ExecutiveSponsorFieldType.MOST_CHOICES);
  }

  @Test
  void writesTheSponsorsNameIntoTheChangeHistory() {
    assertThat(type.getChangelogString(null, people.user("JIRAUSER1"))).isEqualTo("Zoe Chief");
    assertThat(type.getChangelogString(null, null)).isEmpty();
  }

  private java.util.List<String> errorsFor(FieldForm form) {
    type.validateFromParams(form.params(), form.errorCollection(), form.config());
    return form.errors().getOrDefault(FieldForm.FIELD_ID, java.util.List.of());
  }

  private SponsorFieldView view(Issue issue, ApplicationUser stored) {
    return (SponsorFieldView)
        type.getVelocityParameters(issue, FieldForm.field(issue, stored), null)
            .get(ExecutiveSponsorFieldType.VIEW);
  }
}
