package io.pmobuyin.preview.importer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Where reading a file goes on after broken JSON between values (a broken line of JSON Lines): at
 * the line that broke, never before where the reading began or where the last whole value ended,
 * and always further on than the last time, so that no broken line is met again for ever.
 */
final class ResumePlaces {

  private long openedAt;
  private long lastValueEnd = -1;
  private long furthestLine = -1;

  /** A reading begins at this place in the file. */
  void opened(long base) {
    openedAt = base;
  }

  /** A whole top-level value ended at this place in the file. */
  void valueEnded(long end) {
    lastValueEnd = end;
  }

  /**
   * Where JSON broke that is not inside a value, such as a line of plain text: at the token that
   * could not be read, so that reading goes on after its line, not after the value before it (which
   * would meet the same line again, for ever). The error's own location can lie past the line end,
   * so it is used only where Jackson started no token: a character it refuses before any token (a
   * control character) leaves the token's place on the value before, or nowhere in a reading that
   * has read nothing yet.
   *
   * @param lineBase the lines before the reading began
   */
  Resume betweenValues(
      ExportText text, ExportText.Opened opened, long lineBase, JsonProcessingException e) {
    JsonLocation token = opened.parser().currentTokenLocation();
    long tokenOffset = text.offsetOf(token);
    long at = opened.base() + Math.max(0, tokenOffset);
    if (tokenOffset >= 0 && at > lastValueEnd) {
      return new Resume(at, lineBase + token.getLineNr(), false);
    }
    JsonLocation error = e.getLocation();
    long errorOffset = error == null ? -1 : text.offsetOf(error);
    if (errorOffset < 0) {
      return new Resume(opened.base(), lineBase + 1, false);
    }
    // The error's place is just after the refused character: that character's line broke.
    return new Resume(
        Math.max(opened.base(), opened.base() + errorOffset - 1),
        lineBase + error.getLineNr(),
        false);
  }

  /**
   * Going on after the line a broken value is on. That line cannot begin before the reading did:
   * where Jackson's places point back further, it is the line the reading began at.
   */
  Resume afterLineOf(Resume broken) {
    return new Resume(Math.max(broken.offset(), openedAt), broken.line() + 1, true);
  }

  /** Whether going on there moves forward; false would meet a line already passed, for ever. */
  boolean movesForward(Resume resume) {
    if (!resume.afterLineEnd()) {
      return true;
    }
    if (resume.offset() <= furthestLine) {
      return false;
    }
    furthestLine = resume.offset();
    return true;
  }
}
