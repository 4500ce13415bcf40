package io.pmobuyin.jira.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import io.pmobuyin.scope.CatalogueEntry;
import io.pmobuyin.scope.ScopeStatus;
import io.pmobuyin.scope.ServiceCatalogue;
import io.pmobuyin.testing.BundleI18nResolver;
import io.pmobuyin.testing.FieldForm;
import io.pmobuyin.testing.InMemoryCatalogueStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PmoScopeFieldTypeTest {

  static final ServiceCatalogue CATALOGUE =
      new ServiceCatalogue(
          List.of(
              new CatalogueEntry(
                  "plan", "Portfolio planning", "", ScopeStatus.IN_SCOPE, null, false),
              new CatalogueEntry("code", "Writing code", "", ScopeStatus.OUT_OF_SCOPE, null, false),
              new CatalogueEntry(
                  "hr", "Hiring", "", ScopeStatus.OTHER_DEPARTMENT, "People team", false),
              new CatalogueEntry("gate", "Gate reviews", "", ScopeStatus.IN_SCOPE, null, true)));

  private final InMemoryCatalogueStore store = InMemoryCatalogueStore.holding(CATALOGUE);
  private final PmoScopeFieldType type = type(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

  private PmoScopeFieldType type(Clock clock) {
    return new PmoScopeFieldType(
        mock(CustomFieldValuePersister.class),
        mock(GenericConfigManager.class),
        store,
        BundleI18nResolver.create(),
        clock);
  }

  @Test
  void storesIdsInOneUnlimitedTextSoJirasTextSearcherIndexesThem() {
    assertThat(type.getDatabaseType()).isSameAs(PersistenceFieldType.TYPE_UNLIMITED_TEXT);
    assertThat(type.getDbValueFromObject("Plan  HR plan")).isEqualTo("plan hr");
    assertThat(type.getDbValueFromObject(" ")).isNull();
  }

  @Test
  void readsEveryStoredIdBackEvenOnesTheCatalogueNoLongerKnows() {
    assertThat(type.getObjectFromDbValue("plan gate vanished")).isEqualTo("plan gate vanished");
  }

  @Test
  void convertsToTextAndBack() {
    String value = type.getSingularObjectFromString("hr, plan");

    assertThat(value).isEqualTo("hr plan");
    assertThat(type.getSingularObjectFromString(type.getStringFromSingularObject(value)))
        .isEqualTo(value);
    assertThat(type.getSingularObjectFromString("")).isNull();
  }

  @Test
  void refusesTextNamingAnUnknownIdWithATranslatedMessage() {
    assertThatThrownBy(() -> type.getSingularObjectFromString("plan typo"))
        .isInstanceOf(FieldValidationException.class)
        .hasMessage("The PMO catalogue has no entry with the id \"typo\".");
  }

  @Test
  void takesTheTickedIdsFromTheForm() {
    FieldForm form = FieldForm.submitting("plan", "hr");

    assertThat(type.getValueFromCustomFieldParams(form.params())).isEqualTo("plan hr");
    assertThat(type.getStringValueFromCustomFieldParams(form.params())).isEqualTo("plan hr");
    assertThat(type.getValueFromCustomFieldParams(FieldForm.submitting().params())).isNull();
  }

  @Test
  void acceptsActiveEntries() {
    FieldForm form = FieldForm.submitting("plan", "code", "hr");

    type.validateFromParams(form.params(), form.errorCollection(), form.config());

    assertThat(form.errors()).isEmpty();
  }

  @Test
  void refusesUnknownAndNewlyRetiredEntriesOnTheField() {
    FieldForm form = FieldForm.submitting("plan", "gate", "typo");

    type.validateFromParams(form.params(), form.errorCollection(), form.config());

    assertThat(form.errors().get(FieldForm.FIELD_ID))
        .containsExactly(
            "The PMO no longer offers \"Gate reviews\": it is retired. Choose an active entry.",
            "The PMO catalogue has no entry with the id \"typo\".");
  }

  @Test
  void letsARetiredEntryTheIssueAlreadyHadStay() {
    FieldForm form = FieldForm.submitting("plan", "gate").with(PmoScopeFieldType.KEPT, "gate hr");

    type.validateFromParams(form.params(), form.errorCollection(), form.config());

    assertThat(form.errors()).isEmpty();
  }

  @Test
  void showsTheIssuesEntriesWithStatusBadgesRetiredAndUnknownOnesMarked() {
    Issue issue = mock(Issue.class);
    ScopeFieldView view =
        (ScopeFieldView)
            type.getVelocityParameters(issue, FieldForm.field(issue, "hr gate gone"), null)
                .get(PmoScopeFieldType.VIEW);

    assertThat(view.getEntries())
        .extracting(ScopeBadge::getName, ScopeBadge::getStatusLabel, ScopeBadge::isRetired)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Hiring", "Owned by People team", false),
            org.assertj.core.groups.Tuple.tuple("Gate reviews", "In PMO scope", true),
            org.assertj.core.groups.Tuple.tuple("gone", "Not in the catalogue", false));
    assertThat(view.getKept()).isEqualTo("hr gate gone");
  }

  @Test
  void offersActiveEntriesInTheFormPlusWhatTheValueHoldsTicked() {
    ScopeFieldView view =
        (ScopeFieldView) type.getVelocityParameters(null, null, null).get(PmoScopeFieldType.VIEW);

    assertThat(view.choicesFor("gate hr"))
        .extracting(ScopeBadge::getId, ScopeBadge::isSelected)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("plan", false),
            org.assertj.core.groups.Tuple.tuple("code", false),
            org.assertj.core.groups.Tuple.tuple("hr", true),
            org.assertj.core.groups.Tuple.tuple("gate", true));
    assertThat(view.getEntries()).isEmpty();
    assertThat(view.getKept()).isEmpty();
  }

  @Test
  void writesNamesIntoTheChangeHistory() {
    assertThat(type.getChangelogString(null, "plan gone hr"))
        .isEqualTo("Portfolio planning, gone, Hiring");
  }

  @Test
  void readsTheCatalogueOnceForManyIssuesWithinAFewSeconds() {
    MutableClock clock = new MutableClock();
    PmoScopeFieldType listing = type(clock);

    for (int i = 0; i < 50; i++) {
      listing.getChangelogString(null, "plan");
    }
    assertThat(store.reads()).isEqualTo(1);

    clock.now = clock.now.plus(RecentCatalogue.FRESH_FOR);
    listing.getChangelogString(null, "plan");
    assertThat(store.reads()).isEqualTo(2);
  }

  private static final class MutableClock extends Clock {
    Instant now = Instant.EPOCH;

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
