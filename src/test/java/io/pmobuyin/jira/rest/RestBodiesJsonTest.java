package io.pmobuyin.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON of the REST bodies as a plain {@code new ObjectMapper()} writes and reads them, which is
 * all Jira's REST layer promises: no annotations, no custom modules. Property names, their order,
 * and nulls written as nulls; and the request bodies read back without a no-argument constructor.
 */
class RestBodiesJsonTest {

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void writesThePortfolioWithItsPropertiesInOrderAndItsNullsAsNulls() throws Exception {
    ReportApi api = new ReportApi().withRun();
    Object body = api.resource.portfolio(api.user(), null, null).getEntity();

    JsonNode portfolio = mapper.readTree(mapper.writeValueAsString(body));

    assertThat(names(portfolio))
        .containsExactly(
            "snapshotId",
            "taken",
            "visibility",
            "wholePortfolio",
            "category",
            "period",
            "pmoStart",
            "currency",
            "projects",
            "issues",
            "costHours",
            "cost",
            "costByArea",
            "effort",
            "notes",
            "kpis",
            "pooledKpis",
            "beforePmo",
            "sincePmo",
            "changes",
            "changesNote",
            "sponsorship",
            "pmoScope");
    assertThat(portfolio.get("snapshotId").asLong()).isEqualTo(1);
    assertThat(portfolio.get("taken").asText()).isEqualTo("2025-06-30T02:00:00Z");
    assertThat(portfolio.get("visibility").asText()).isEqualTo("browsable");
    assertThat(portfolio.get("pmoStart").asText()).isEqualTo("2024-01-01");
    assertThat(portfolio.get("category").isNull()).isTrue();
    assertThat(portfolio.get("pooledKpis").isNull()).isTrue();
    assertThat(names(portfolio.get("sponsorship")))
        .containsExactly("projects", "withSponsor", "coverage");
    assertThat(names(portfolio.get("pmoScope"))).containsExactly("tags", "engaged", "notEngaged");
    assertThat(portfolio.get("pmoScope").get("engaged").isNull()).isTrue();
    assertThat(names(portfolio.get("beforePmo"))).containsExactly("projects", "issues", "kpis");
  }

  @Test
  void writesAnErrorAsItsStatusAndMessage() throws Exception {
    assertThat(mapper.writeValueAsString(new ErrorDto(404, "No report yet.")))
        .isEqualTo("{\"status\":404,\"message\":\"No report yet.\"}");
  }

  @Test
  void readsACatalogueEntryAsTheAdminPageSendsIt() throws Exception {
    CatalogueEntryDto entry =
        mapper.readValue(
            "{\"id\":\"risk\",\"name\":\"Risk review\",\"status\":\"IN_SCOPE\"}",
            CatalogueEntryDto.class);

    assertThat(mapper.writeValueAsString(entry))
        .isEqualTo(
            "{\"id\":\"risk\",\"name\":\"Risk review\",\"description\":null,"
                + "\"status\":\"IN_SCOPE\",\"department\":null,\"retired\":false}");
  }

  @Test
  void readsTheSettingsAndTheSponsorGroupAsTheAdminPageSendsThem() throws Exception {
    SettingsDto settings =
        mapper.readValue("{\"values\":{\"snapshots.kept\":\"12\"}}", SettingsDto.class);
    SponsorGroupDto group = mapper.readValue("{\"group\":\"executives\"}", SponsorGroupDto.class);

    assertThat(mapper.writeValueAsString(settings))
        .isEqualTo("{\"values\":{\"snapshots.kept\":\"12\"},\"readProblems\":null}");
    assertThat(mapper.writeValueAsString(group)).isEqualTo("{\"group\":\"executives\"}");
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
