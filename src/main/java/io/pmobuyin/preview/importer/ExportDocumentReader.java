package io.pmobuyin.preview.importer;

import static io.pmobuyin.preview.importer.JsonFieldValues.kindOf;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.pmobuyin.mining.source.IssueSink;
import java.io.IOException;

/**
 * Reads one export file, whatever its shape: search pages ({@code {"issues": [...]}}), single
 * issues, JSON Lines (one issue or page per line) or a list of issues, told apart by content.
 *
 * <p>Each issue goes to the sink when the page or document it is in ends (see {@link
 * HeldOutcomes}). Two things send reading back to the start of the top-level value being read: a
 * byte that shows the file is not UTF-8 (it is read on as windows-1252), and a page whose late
 * {@code names} map names a custom field its issues were read without (read again, once). {@link
 * ValueProgress} makes sure nothing is delivered or reported twice. A malformed issue is skipped
 * with one problem; broken JSON ends the file with one problem, except in JSON Lines, where reading
 * goes on at the next line.
 */
final class ExportDocumentReader {

  private final LearnedFieldNames names;
  private final ExportOutcomes out;
  private final HeldOutcomes held;
  private final ValueProgress progress = new ValueProgress();

  /** Taken for UTF-8 (unless UTF-16) until a byte shows it is windows-1252. */
  private ExportText text;

  private int issuesSeen;
  private IssueDraft current;
  private boolean lineDelimited;
  private long lineBase;

  private final ResumePlaces places = new ResumePlaces();

  // The line the last whole top-level value ended on, if it began there too: broken JSON on a later
  // line is then a broken line of JSON Lines, even before a second value has shown the shape.
  private boolean lastValueOnOneLine;
  private long lastValueLine;

  // Where reading goes back to, if it must: the start of the top-level value being read, the
  // index of its first value, and of the page or document being read the issues seen before it
  // and those an earlier reading delivered.
  private Resume valueStart = Resume.START;
  private long valueStartIndex;
  private int issuesSeenAtValueStart;
  private int issuesDeliveredBefore;

  private int issuesToPassOver;
  private boolean learnedTooLate;
  private long readAgainForNames = -1;

  ExportDocumentReader(
      String file, ExportText text, LearnedFieldNames names, IssueSink sink, ImportTally tally) {
    this.text = text;
    this.names = names;
    this.out = new ExportOutcomes(file, sink, tally);
    this.held = new HeldOutcomes(out);
    // A file named .jsonl or .ndjson is JSON Lines from line 1.
    this.lineDelimited = ExportFiles.namesJsonLines(file);
  }

  void read() {
    try {
      Resume resume = Resume.START;
      while (resume != null) {
        resume = readFrom(resume);
        if (resume != null && !places.movesForward(resume)) {
          out.problem(
              "line " + resume.line(),
              "reading could not go on after a broken line; the rest of the file is lost");
          return;
        }
      }
    } finally {
      out.announceProjects();
    }
  }

  private Resume readFrom(Resume start) {
    lineBase = start.line() - 1;
    ExportText.Opened opened;
    try {
      opened = text.open(start.offset(), start.afterLineEnd());
    } catch (IOException e) {
      if (start.equals(Resume.START)) {
        out.problem("", "cannot be read: " + ExportSource.describe(e));
        return null;
      }
      return readBrokenOff(e);
    }
    places.opened(opened.base());
    // The top-level value being read; null between values, where broken JSON is a line of its own.
    Resume value = null;
    try (opened) {
      try {
        JsonParser p = opened.parser();
        JsonToken t = p.nextToken();
        if (t == null && start.equals(Resume.START)) {
          out.problem("", "is empty: there is no JSON in it");
        }
        boolean previousOnOneLine = false;
        for (int values = 0; t != null; t = p.nextToken()) {
          JsonLocation at = p.currentTokenLocation();
          value = new Resume(opened.base() + text.offsetOf(at), lineBase + at.getLineNr(), false);
          valueStart = value;
          valueStartIndex = progress.begun();
          lineDelimited |= ++values > 1 && previousOnOneLine;
          if (!readRootValue(p, t, value.line())) {
            return readAgainForNames();
          }
          previousOnOneLine = lineBase + p.currentLocation().getLineNr() == value.line();
          lastValueOnOneLine = previousOnOneLine;
          lastValueLine = value.line();
          places.valueEnded(opened.base() + text.offsetOf(p.currentLocation()));
          value = null;
        }
        return null;
      } catch (JsonProcessingException e) {
        if (text.stoppedAtNonUtf8(e, opened)) {
          // Read the value again, and what follows, as windows-1252; what came before stays.
          text = text.asWindows1252();
          return readAgain();
        }
        if (mustReadAgain()) {
          return readAgainForNames();
        }
        return brokenJson(
            e, value != null ? value : places.betweenValues(text, opened, lineBase, e));
      }
    } catch (IOException e) {
      return readBrokenOff(e);
    }
  }

  /** Reading failed for want of bytes (a damaged gzip, a file gone): the rest is lost. */
  private Resume readBrokenOff(IOException e) {
    if (mustReadAgain()) {
      return readAgainForNames();
    }
    held.release();
    reportBrokenOff(
        "", "could not be read to the end (" + ExportSource.describe(e) + "); the rest is lost");
    return null;
  }

  /**
   * @return false if the value must be read again
   */
  private boolean readRootValue(JsonParser p, JsonToken t, long line) throws IOException {
    switch (t) {
      case START_OBJECT -> {
        return readDocumentObject(p, lineDelimited ? "line " + line : "");
      }
      case START_ARRAY -> {
        return readIssueList(p);
      }
      default -> {
        p.skipChildren();
        if (progress.begin()) {
          out.problem(
              lineDelimited ? "line " + line : "",
              "expected a search page, an issue or a list of issues, but found " + kindOf(t));
        }
        progress.end();
        return true;
      }
    }
  }

  /**
   * An object at the top or in a top-level list: a search page or an issue.
   *
   * @return false if it must be read again
   */
  private boolean readDocumentObject(JsonParser p, String where) throws IOException {
    if (!progress.begin()) {
      p.skipChildren();
      progress.end();
      return true;
    }
    issuesSeenAtValueStart = issuesSeen;
    issuesDeliveredBefore = progress.issuesToPassOver();
    issuesToPassOver = issuesDeliveredBefore;
    learnedTooLate = false;
    IssueDraft draft = new IssueDraft(issuesSeen + 1);
    boolean page = false;
    String jiraError = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken t = p.nextToken();
      if (name.equals("issues")) {
        page = true;
        readIssuesOfPage(p, t);
      } else if (name.equals("names") && t == JsonToken.START_OBJECT) {
        // A map before the issues (as some tools write it) is never too late for them.
        boolean issuesRead = issuesSeen > issuesSeenAtValueStart;
        learnedTooLate |= names.learn(FieldNames.read(p)) && issuesRead;
      } else if (name.equals("errorMessages") && t == JsonToken.START_ARRAY) {
        jiraError = firstText(p);
      } else if (JiraIssueReader.isIssueMember(name)) {
        if (current != draft) {
          issuesSeen++;
          current = draft;
        }
        names.reader().readMember(name, p, draft);
      } else {
        p.skipChildren();
      }
    }
    if (mustReadAgain()) {
      return false;
    }
    if (current == draft) {
      current = null;
      held.issue(draft);
    } else if (!page) {
      held.problem(
          where,
          jiraError != null
              ? "is a Jira error response, not an export: " + jiraError
              : "is neither a search page ('issues') nor an issue ('key', 'fields')");
    }
    held.release();
    if (page) {
      out.announceProjects();
    }
    progress.end();
    return true;
  }

  private void readIssuesOfPage(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.START_ARRAY) {
      p.skipChildren();
      held.problem("", "'issues' should be a list but is " + kindOf(t));
      return;
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (issuesToPassOver > 0) {
        // Delivered by an earlier reading of this page, which was too long to hold.
        issuesToPassOver--;
        issuesSeen++;
        p.skipChildren();
      } else {
        readListedIssue(p);
      }
    }
  }

  /**
   * @return false if an entry must be read again
   */
  private boolean readIssueList(JsonParser p) throws IOException {
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == JsonToken.START_OBJECT) {
        if (!readDocumentObject(p, "")) {
          return false;
        }
      } else {
        p.skipChildren();
        if (progress.begin()) {
          out.skipped("issue #" + ++issuesSeen, "is " + kindOf(t) + ", not an issue object");
        }
        progress.end();
      }
    }
    return true;
  }

  private void readListedIssue(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT) {
      p.skipChildren();
      held.skipped("issue #" + ++issuesSeen, "is " + kindOf(t) + ", not an issue object");
      return;
    }
    IssueDraft draft = new IssueDraft(++issuesSeen);
    current = draft;
    names.reader().readIssue(p, draft);
    current = null;
    held.issue(draft);
  }

  /**
   * Whether the page or document being read must be read again: its names map, met after some of
   * its issues, would have had them read differently. Once per page at most, and not once some of
   * its issues have been passed on, in this reading or an earlier one.
   */
  private boolean mustReadAgain() {
    return learnedTooLate
        && progress.inValue()
        && !held.passingOn()
        && issuesDeliveredBefore == 0
        && progress.current() != readAgainForNames;
  }

  private Resume readAgainForNames() {
    readAgainForNames = progress.current();
    return readAgain();
  }

  /** Goes back to the start of the top-level value being read, passing over what was delivered. */
  private Resume readAgain() {
    if (progress.inValue()) {
      issuesSeen = issuesSeenAtValueStart;
    }
    progress.readAgainFrom(valueStartIndex, issuesDeliveredBefore + held.issuesPassedOn());
    held.discard();
    current = null;
    learnedTooLate = false;
    return valueStart;
  }

  private Resume brokenJson(JsonProcessingException e, Resume brokenValue) {
    held.release();
    if (!progress.inValue()) {
      // Broken before a value could begin; it counts as one all the same, in every reading.
      progress.begin();
    }
    boolean report = !progress.passingOver();
    boolean inIssue = current != null;
    if (JsonErrors.endsEarly(e)) {
      String after = issuesSeen == 0 || inIssue ? "" : " after issue #" + issuesSeen;
      if (report) {
        reportBrokenOff(
            "",
            inIssue
                ? "the JSON is cut short inside this issue; it is lost"
                : "the JSON is cut short" + after);
      }
      return null;
    }
    if (lineDelimited || (lastValueOnOneLine && brokenValue.line() > lastValueLine)) {
      lineDelimited = true;
      if (report) {
        reportBrokenOff(
            "line " + brokenValue.line(),
            "line "
                + brokenValue.line()
                + " is not valid JSON ("
                + JsonErrors.reason(e)
                + "); went on after it");
      }
      current = null;
      progress.end();
      return places.afterLineOf(brokenValue);
    }
    JsonLocation at = e.getLocation();
    String position =
        at == null
            ? ""
            : " at line " + (lineBase + at.getLineNr()) + ", column " + at.getColumnNr();
    if (report) {
      reportBrokenOff(
          "",
          "not valid JSON"
              + position
              + " ("
              + JsonErrors.reason(e)
              + "); the rest of the file is lost");
    }
    return null;
  }

  /**
   * Reports where reading broke off: in an issue, which is lost and counted as skipped, else at the
   * given place.
   */
  private void reportBrokenOff(String otherwise, String message) {
    if (current == null) {
      out.problem(otherwise, message);
    } else {
      out.skipped(current.where(), message);
      current = null;
    }
  }

  private static String firstText(JsonParser p) throws IOException {
    String first = null;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (first == null && t == JsonToken.VALUE_STRING) {
        first = p.getText();
      }
      p.skipChildren();
    }
    return first;
  }
}
