package io.pmobuyin.jira.rest;

import java.util.List;

/** Body of {@code GET /projects/categories}: the categories Jira's projects use, by name. */
public record ProjectCategoriesDto(List<Category> categories) {

  /** One project category: the id the settings keep, and its name in Jira. */
  public record Category(long id, String name) {}
}
