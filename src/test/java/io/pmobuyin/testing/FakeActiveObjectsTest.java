package io.pmobuyin.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Arrays;
import java.util.Date;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.Query;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.junit.jupiter.api.Test;

/** The fake database behaves as Active Objects does where the store adapters rely on it. */
class FakeActiveObjectsTest {

  /** An entity of this test only. */
  @Table("NOTE")
  public interface Note extends Entity {
    @NotNull
    @StringLength(10)
    String getTitle();

    void setTitle(String title);

    int getRank();

    void setRank(int rank);

    Date getDue();

    void setDue(Date due);
  }

  private final FakeActiveObjects database = FakeActiveObjects.empty();
  private final ActiveObjects ao = database.service();

  @Test
  void givesEachNewRowTheNextIdAndReadsItBack() {
    Note first = note("first", 1);
    Note second = note("second", 2);

    assertThat(second.getID()).isEqualTo(first.getID() + 1);
    assertThat(ao.get(Note.class, second.getID()).getTitle()).isEqualTo("second");
    assertThat(ao.get(Note.class, 99)).isNull();
  }

  @Test
  void refusesARowWithoutItsNotNullColumnOrWithItBlank() {
    assertThatThrownBy(() -> ao.create(Note.class, new DBParam("RANK", 1)))
        .hasMessageContaining("TITLE");
    assertThatThrownBy(() -> ao.create(Note.class, new DBParam("TITLE", " ")))
        .hasMessageContaining("TITLE");
  }

  @Test
  void refusesAStringLongerThanItsColumn() {
    assertThatThrownBy(() -> ao.create(Note.class, new DBParam("TITLE", "eleven char")))
        .hasMessageContaining("VARCHAR(10)");
  }

  @Test
  void refusesAColumnTheEntityLacksAndAValueOfAnotherType() {
    assertThatThrownBy(() -> ao.create(Note.class, title("a"), new DBParam("COLOUR", "red")))
        .hasMessageContaining("no column COLOUR");
    assertThatThrownBy(() -> ao.create(Note.class, title("a"), new DBParam("RANK", 1L)))
        .hasMessageContaining("RANK");
  }

  @Test
  void givesZeroForANullPrimitiveColumnAsActiveObjectsDoes() {
    Note note = ao.create(Note.class, title("a"));

    assertThat(note.getRank()).isZero();
    assertThat(note.getDue()).isNull();
  }

  @Test
  void savesOnlyTheColumnsSetSinceTheRowWasRead() {
    int id = note("kept", 1).getID();
    Note stale = ao.get(Note.class, id);
    Note other = ao.get(Note.class, id);
    other.setTitle("changed");
    other.save();

    stale.setRank(5);
    stale.save();

    Note now = ao.get(Note.class, id);
    assertThat(now.getTitle()).isEqualTo("changed");
    assertThat(now.getRank()).isEqualTo(5);
    assertThat(stale.getTitle()).isEqualTo("kept");
  }

  @Test
  void writesNothingBeforeSave() {
    Note note = note("draft", 1);

    note.setRank(9);

    assertThat(ao.get(Note.class, note.getID()).getRank()).isEqualTo(1);
  }

  @Test
  void findsFiltersOrdersAndPages() {
    for (int rank = 1; rank <= 5; rank++) {
      note("n" + rank, rank % 3);
    }

    Note[] found =
        ao.find(
            Note.class,
            Query.select().where("RANK > ?", 0).order("RANK DESC, ID ASC").offset(1).limit(2));

    assertThat(Arrays.stream(found).map(Note::getTitle)).containsExactly("n5", "n1");
  }

  @Test
  void neverMatchesNullInAComparisonAsSqlDoes() {
    ao.create(Note.class, title("undated"));
    ao.create(Note.class, title("dated"), new DBParam("DUE", new Date(1_000)));

    Note[] before = ao.find(Note.class, Query.select().where("DUE < ?", new Date(2_000)));

    assertThat(before).extracting(Note::getTitle).containsExactly("dated");
  }

  @Test
  void deletesAndCountsRows() {
    for (int rank = 1; rank <= 4; rank++) {
      note("n" + rank, rank);
    }

    int deleted = ao.deleteWithSQL(Note.class, "ID <= ?", 3);

    assertThat(deleted).isEqualTo(3);
    assertThat(ao.count(Note.class)).isEqualTo(1);
  }

  @Test
  void refusesAClauseItDoesNotUnderstand() {
    assertThatThrownBy(() -> ao.find(Note.class, Query.select().where("TITLE LIKE ?", "n%")))
        .hasMessageContaining("does not understand");
  }

  private Note note(String title, int rank) {
    return ao.create(Note.class, title(title), new DBParam("RANK", rank));
  }

  private static DBParam title(String title) {
    return new DBParam("TITLE", title);
  }
}
