package io.pmobuyin.scope;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of editing the service catalogue. An entry is added with an id that never changes, so a
 * rename never breaks a stored PMO Scope value; entries are retired, never deleted, for the same
 * reason. Every refusal names the field and an i18n message; nothing changes then.
 */
public final class CatalogueEditor {

  static final Pattern ID = CatalogueEntry.ID;
  static final int NAME_LENGTH = 100;
  static final int DESCRIPTION_LENGTH = 1_000;

  private final Clock clock;

  public CatalogueEditor(Clock clock) {
    this.clock = clock;
  }

  /** The outcome of an edit: the new catalogue and its audit entry, or what was wrong. */
  public record Outcome(
      ServiceCatalogue catalogue,
      Optional<CatalogueChange> change,
      List<CatalogueProblem> problems) {

    public Outcome {
      problems = List.copyOf(problems);
    }

    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  /** Adds an entry; its id must be new, its name unique among the active entries. */
  public Outcome add(ServiceCatalogue catalogue, CatalogueForm form, String actor) {
    List<CatalogueProblem> problems = new ArrayList<>(check(form));
    if (!problems.isEmpty()) {
      return refused(catalogue, problems);
    }
    CatalogueEntry entry = entry(form);
    if (find(catalogue, entry.id()).isPresent()) {
      problems.add(new CatalogueProblem("id", "pmobuyin.catalogue.error.id-taken", entry.id()));
    }
    nameClash(catalogue, entry).ifPresent(problems::add);
    if (!problems.isEmpty()) {
      return refused(catalogue, problems);
    }
    List<CatalogueEntry> entries = new ArrayList<>(catalogue.entries());
    entries.add(entry);
    return accepted(entries, CatalogueChange.Action.ADDED, null, entry, actor);
  }

  /** Changes an entry in place (name, description, status, department, retired), keeping its id. */
  public Outcome change(ServiceCatalogue catalogue, CatalogueForm form, String actor) {
    Optional<CatalogueEntry> before = find(catalogue, form.id());
    if (before.isEmpty()) {
      return refused(
          catalogue,
          List.of(new CatalogueProblem("id", "pmobuyin.catalogue.error.unknown", form.id())));
    }
    List<CatalogueProblem> problems = new ArrayList<>(check(form));
    if (!problems.isEmpty()) {
      return refused(catalogue, problems);
    }
    CatalogueEntry changed = entry(form);
    nameClash(catalogue, changed).ifPresent(problems::add);
    if (!problems.isEmpty()) {
      return refused(catalogue, problems);
    }
    List<CatalogueEntry> entries = new ArrayList<>();
    for (CatalogueEntry entry : catalogue.entries()) {
      entries.add(entry.id().equals(changed.id()) ? changed : entry);
    }
    CatalogueChange.Action action =
        before.get().retired() == changed.retired()
            ? CatalogueChange.Action.CHANGED
            : changed.retired() ? CatalogueChange.Action.RETIRED : CatalogueChange.Action.RESTORED;
    return accepted(entries, action, before.get(), changed, actor);
  }

  /** Every field's problem at once, so the form can show them all. */
  private static List<CatalogueProblem> check(CatalogueForm form) {
    List<CatalogueProblem> problems = new ArrayList<>();
    if (!ID.matcher(form.id()).matches()) {
      problems.add(new CatalogueProblem("id", "pmobuyin.catalogue.error.id-form", form.id()));
    }
    if (form.name().isEmpty()) {
      problems.add(new CatalogueProblem("name", "pmobuyin.catalogue.error.name-missing"));
    } else if (form.name().length() > NAME_LENGTH) {
      problems.add(new CatalogueProblem("name", "pmobuyin.catalogue.error.name-long", NAME_LENGTH));
    }
    if (form.description().length() > DESCRIPTION_LENGTH) {
      problems.add(
          new CatalogueProblem(
              "description", "pmobuyin.catalogue.error.description-long", DESCRIPTION_LENGTH));
    }
    Optional<ScopeStatus> status = status(form.status());
    if (status.isEmpty()) {
      problems.add(
          new CatalogueProblem("status", "pmobuyin.catalogue.error.status", form.status()));
    } else if (status.get() == ScopeStatus.OTHER_DEPARTMENT && form.department().isEmpty()) {
      problems.add(
          new CatalogueProblem("department", "pmobuyin.catalogue.error.department-missing"));
    }
    return problems;
  }

  private static Optional<ScopeStatus> status(String text) {
    for (ScopeStatus status : ScopeStatus.values()) {
      if (status.name().equalsIgnoreCase(text)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  private static CatalogueEntry entry(CatalogueForm form) {
    return new CatalogueEntry(
        form.id(),
        form.name(),
        form.description(),
        status(form.status()).orElseThrow(),
        form.department(),
        form.retired());
  }

  private static Optional<CatalogueProblem> nameClash(
      ServiceCatalogue catalogue, CatalogueEntry entry) {
    if (entry.retired()) {
      return Optional.empty();
    }
    String name = entry.name().strip().toLowerCase(Locale.ROOT);
    return catalogue.entries().stream()
        .filter(other -> !other.retired() && !other.id().equals(entry.id()))
        .filter(other -> other.name().strip().toLowerCase(Locale.ROOT).equals(name))
        .findFirst()
        .map(
            other ->
                new CatalogueProblem("name", "pmobuyin.catalogue.error.name-taken", other.name()));
  }

  private static Optional<CatalogueEntry> find(ServiceCatalogue catalogue, String id) {
    return catalogue.entries().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  private Outcome accepted(
      List<CatalogueEntry> entries,
      CatalogueChange.Action action,
      CatalogueEntry before,
      CatalogueEntry after,
      String actor) {
    return new Outcome(
        new ServiceCatalogue(entries),
        Optional.of(new CatalogueChange(actor, clock.instant(), action, before, after)),
        List.of());
  }

  private static Outcome refused(ServiceCatalogue catalogue, List<CatalogueProblem> problems) {
    return new Outcome(catalogue, Optional.empty(), problems);
  }
}
