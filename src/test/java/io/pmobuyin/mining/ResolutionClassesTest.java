package io.pmobuyin.mining;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.record.ResolutionClass;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResolutionClassesTest {

  private final ResolutionClasses defaults = ResolutionClasses.defaults();

  @Test
  void knowsJirasStandardResolutionsInAnyCase() {
    assertThat(defaults.of("Done")).isEqualTo(ResolutionClass.DONE);
    assertThat(defaults.of("Fixed")).isEqualTo(ResolutionClass.DONE);
    assertThat(defaults.of("Won't Do")).isEqualTo(ResolutionClass.NOT_DONE);
    assertThat(defaults.of("WON'T FIX")).isEqualTo(ResolutionClass.NOT_DONE);
    assertThat(defaults.of("Cannot Reproduce")).isEqualTo(ResolutionClass.NOT_DONE);
    assertThat(defaults.of(" Duplicate ")).isEqualTo(ResolutionClass.DUPLICATE);
  }

  @Test
  void takesAResolutionNobodyClassifiedAndAMissingNameForDone() {
    assertThat(defaults.of("Shipped to Production")).isEqualTo(ResolutionClass.DONE);
    assertThat(defaults.of(null)).isEqualTo(ResolutionClass.DONE);
    assertThat(defaults.of(" ")).isEqualTo(ResolutionClass.DONE);
  }

  @Test
  void letsAnAdminClassifyTheirOwnAndRememberItAsWritten() {
    ResolutionClasses classes =
        defaults
            .with(Map.of("Descoped", ResolutionClass.NOT_DONE))
            .with(Map.of("later", ResolutionClass.DONE));

    assertThat(classes.of("DESCOPED")).isEqualTo(ResolutionClass.NOT_DONE);
    assertThat(classes.of("Later")).isEqualTo(ResolutionClass.DONE);
    assertThat(classes.overrides())
        .containsOnly(
            Map.entry("Descoped", ResolutionClass.NOT_DONE),
            Map.entry("later", ResolutionClass.DONE));
    assertThat(classes).isNotEqualTo(defaults);
    assertThat(defaults).isEqualTo(ResolutionClasses.defaults());
  }
}
