package io.pmobuyin.preview.importer;

import static io.pmobuyin.preview.importer.JsonFieldValues.kindOf;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.pmobuyin.mining.record.IssueRecord;
import io.pmobuyin.mining.source.IssueSink;
import java.io.IOException;

/**
 * Reads one export file, whatever its shape: search pages ({@code {"issues": [...]}}), single
 * issues, JSON Lines (one issue or page per line) or a list of issues, told apart by content.
 *
 * <p>Each issue goes to the sink as soon as it is read. A malformed issue is skipped with one
 * problem; broken JSON ends the file with one problem, except in JSON Lines, where reading goes on
 * at the next line.
 */
final class ExportDocumentReader {

  /** Where to go on after a broken line: after the line at this offset, which has this number. */
  private record Resume(long offset, long line) {}

  private final String file;
  private final ExportText text;
  private final JiraIssueReader issues;
  private final IssueSink sink;
  private final ImportTally tally;
  private final PageProjects projects = new PageProjects();

  private int issuesSeen;
  private IssueDraft current;
  private boolean lineDelimited;
  private long lineBase;

  ExportDocumentReader(
      String file, ExportText text, JiraIssueReader issues, IssueSink sink, ImportTally tally) {
    this.file = file;
    this.text = text;
    this.issues = issues;
    this.sink = sink;
    this.tally = tally;
  }

  void read() {
    try {
      Resume resume = readFrom(new Resume(0, 1), false);
      while (resume != null) {
        resume = readFrom(resume, true);
      }
    } finally {
      projects.announceTo(sink);
    }
  }

  private Resume readFrom(Resume start, boolean afterLineEnd) {
    lineBase = start.line() - 1;
    // The value being read; null between values, where broken JSON is a line of its own.
    Resume value = null;
    try (ExportText.Opened opened = text.open(start.offset(), afterLineEnd)) {
      try {
        JsonParser p = opened.parser();
        JsonToken t = p.nextToken();
        if (t == null && !afterLineEnd) {
          tally.problem(file, "", "is empty: there is no JSON in it");
        }
        boolean previousOnOneLine = false;
        for (int values = 0; t != null; t = p.nextToken()) {
          JsonLocation at = p.currentTokenLocation();
          value = new Resume(opened.base() + text.offsetOf(at), lineBase + at.getLineNr());
          lineDelimited |= ++values > 1 && previousOnOneLine;
          readRootValue(p, t, value.line());
          previousOnOneLine = lineBase + p.currentLocation().getLineNr() == value.line();
          value = null;
        }
        return null;
      } catch (JsonProcessingException e) {
        return brokenJson(e, value != null ? value : brokenBetweenValues(opened));
      }
    } catch (IOException e) {
      String where = whereNow("");
      tally.problem(
          file,
          where,
          "could not be read to the end (" + ExportSource.describe(e) + "); the rest is lost");
      return null;
    }
  }

  /**
   * Where JSON broke that is not inside a value, such as a line of plain text: at the token that
   * could not be read, so that reading goes on after its line, not after the value before it (which
   * would meet the same line again, for ever). The error's own location can lie past the line end.
   */
  private Resume brokenBetweenValues(ExportText.Opened opened) {
    JsonLocation at = opened.parser().currentTokenLocation();
    return new Resume(opened.base() + text.offsetOf(at), lineBase + at.getLineNr());
  }

  private void readRootValue(JsonParser p, JsonToken t, long line) throws IOException {
    switch (t) {
      case START_OBJECT -> readDocumentObject(p, lineDelimited ? "line " + line : "");
      case START_ARRAY -> readIssueList(p);
      default -> {
        p.skipChildren();
        tally.problem(
            file,
            lineDelimited ? "line " + line : "",
            "expected a search page, an issue or a list of issues, but found " + kindOf(t));
      }
    }
  }

  /** An object at the top or in a top-level list: a search page or an issue. */
  private void readDocumentObject(JsonParser p, String where) throws IOException {
    IssueDraft draft = new IssueDraft(issuesSeen + 1);
    boolean page = false;
    String jiraError = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken t = p.nextToken();
      if (name.equals("issues")) {
        page = true;
        readIssuesOfPage(p, t);
      } else if (name.equals("errorMessages") && t == JsonToken.START_ARRAY) {
        jiraError = firstText(p);
      } else if (JiraIssueReader.isIssueMember(name)) {
        if (current != draft) {
          issuesSeen++;
          current = draft;
        }
        issues.readMember(name, p, draft);
      } else {
        p.skipChildren();
      }
    }
    if (current == draft) {
      finish(draft);
    } else if (page) {
      projects.announceTo(sink);
    } else {
      tally.problem(
          file,
          where,
          jiraError != null
              ? "is a Jira error response, not an export: " + jiraError
              : "is neither a search page ('issues') nor an issue ('key', 'fields')");
    }
  }

  private void readIssuesOfPage(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.START_ARRAY) {
      p.skipChildren();
      tally.problem(file, "", "'issues' should be a list but is " + kindOf(t));
      return;
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      readListedIssue(p);
    }
  }

  private void readIssueList(JsonParser p) throws IOException {
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == JsonToken.START_OBJECT) {
        readDocumentObject(p, "");
      } else {
        notAnIssue(p, t);
      }
    }
  }

  private void readListedIssue(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT) {
      notAnIssue(p, t);
      return;
    }
    IssueDraft draft = new IssueDraft(++issuesSeen);
    current = draft;
    issues.readIssue(p, draft);
    finish(draft);
  }

  private void notAnIssue(JsonParser p, JsonToken t) throws IOException {
    p.skipChildren();
    tally.issueSkipped();
    tally.problem(file, "issue #" + ++issuesSeen, "is " + kindOf(t) + ", not an issue object");
  }

  private void finish(IssueDraft draft) {
    current = null;
    String why = draft.unusableBecause();
    if (why != null) {
      tally.issueSkipped();
      tally.problem(file, draft.where(), "skipped: " + why);
      return;
    }
    IssueRecord issue = draft.toRecord();
    tally.issueRead(issue);
    projects.add(issue, draft);
    sink.issue(issue);
  }

  private Resume brokenJson(JsonProcessingException e, Resume brokenValue) {
    boolean inIssue = current != null;
    if (endsEarly(e)) {
      String after = issuesSeen == 0 || inIssue ? "" : " after issue #" + issuesSeen;
      tally.problem(
          file,
          whereNow(""),
          inIssue
              ? "the JSON is cut short inside this issue; it is lost"
              : "the JSON is cut short" + after);
      return null;
    }
    if (lineDelimited) {
      tally.problem(
          file,
          whereNow("line " + brokenValue.line()),
          "line "
              + brokenValue.line()
              + " is not valid JSON ("
              + reason(e)
              + "); went on after it");
      return new Resume(brokenValue.offset(), brokenValue.line() + 1);
    }
    JsonLocation at = e.getLocation();
    String position =
        at == null
            ? ""
            : " at line " + (lineBase + at.getLineNr()) + ", column " + at.getColumnNr();
    tally.problem(
        file,
        whereNow(""),
        "not valid JSON" + position + " (" + reason(e) + "); the rest of the file is lost");
    return null;
  }

  /** Jackson reports some ends of input ("between array entries") as plain parse errors. */
  private static boolean endsEarly(JsonProcessingException e) {
    return e instanceof JsonEOFException
        || (e.getOriginalMessage() != null
            && e.getOriginalMessage().startsWith("Unexpected end-of-input"));
  }

  /** Where reading stopped: the issue being read (now skipped), else the given place. */
  private String whereNow(String otherwise) {
    if (current == null) {
      return otherwise;
    }
    String where = current.where();
    tally.issueSkipped();
    current = null;
    return where;
  }

  /** Jackson's description of broken JSON, without its hints and code points. */
  static String reason(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null || message.isBlank()) {
      return "unreadable";
    }
    message = message.replaceAll(" \\(code \\d+\\)", "").replaceAll("\\(('.*?')\\)", "$1");
    int cut = message.indexOf(": ");
    int newline = message.indexOf('\n');
    if (newline >= 0 && (cut < 0 || newline < cut)) {
      cut = newline;
    }
    String reason = cut > 0 ? message.substring(0, cut) : message.strip();
    reason = reason.length() > 100 ? reason.substring(0, 100) + "…" : reason;
    return Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
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
