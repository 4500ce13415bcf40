package io.pmobuyin.jira.rest;

import java.util.List;

/**
 * Body of {@code GET /catalogue}: the entries for everyone logged in (the PMO Scope field offers
 * them), the audit trail for admins only (null otherwise).
 */
public record CatalogueDto(List<CatalogueEntryDto> entries, List<CatalogueChangeDto> changes) {}
