/**
 * A deterministic sample portfolio of closed Jira projects, for the preview and for benchmarks.
 *
 * <p>{@link io.pmobuyin.preview.sample.SamplePortfolio} is the entry point. It writes standard Jira
 * REST v2 search JSON ({@code /rest/api/2/search?expand=changelog}), so the sample goes through the
 * same importer as a real export:
 *
 * <ul>
 *   <li>{@code writePages(dir, pageSize)}: the pages of one search over all projects, flat in
 *       {@code dir}: {@code search-0001.json}, {@code search-0002.json}, ... Each page has {@code
 *       expand}, {@code startAt}, {@code maxResults}, {@code total}, the {@code names} of the
 *       custom fields, then {@code issues}. Projects follow one another, each in key order.
 *   <li>{@code writeJsonLines(out, n)}: {@code n} issue objects, one per line, streamed with memory
 *       independent of {@code n}; after the portfolio's own issues, further projects are generated.
 * </ul>
 *
 * <p>How it is made: {@code PortfolioPlanner} plans projects ({@code ProjectPlan}: timeline,
 * workflow, sprints and versions, team, {@code FailureProfile}); {@code IssueStoryGenerator} makes
 * issue {@code n} of a project from the plan and {@code n} alone; {@code IssueLifecycle} and {@code
 * WorkTroubles} walk it through its workflow on an {@code IssueTimeline}, which records every
 * change as a changelog history, so final fields and history always agree; {@code
 * JiraJsonIssueWriter} writes it with Jackson's streaming generator. Randomness is seeded per
 * project and per issue; times are UTC epoch seconds from fixed dates, never the clock.
 *
 * <p>People are opaque account ids ({@code acc-0042}, sponsors {@code acc-sp-03}) with neutral
 * display names ({@code Person 42}): never real names or e-mail addresses.
 */
package io.pmobuyin.preview.sample;
