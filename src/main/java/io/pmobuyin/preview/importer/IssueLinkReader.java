package io.pmobuyin.preview.importer;

import static io.pmobuyin.preview.importer.JsonFieldValues.startsObject;
import static io.pmobuyin.preview.importer.JsonFieldValues.text;

import com.fasterxml.jackson.core.JsonParser;
import io.pmobuyin.mining.record.LinkRecord;
import java.io.IOException;

/**
 * Reads one entry of {@code issuelinks}: the link type and the issue at the other end. The phrase
 * is the one that reads from this issue: the type's inward phrase when the other issue is the
 * inward one ("is blocked by"), else its outward phrase ("blocks").
 */
final class IssueLinkReader {

  private IssueLinkReader() {}

  static LinkRecord read(JsonParser p, IssueDraft d) throws IOException {
    if (!startsObject(p, d, "issuelinks")) {
      return null;
    }
    String type = null;
    String inwardPhrase = null;
    String outwardPhrase = null;
    String inwardKey = null;
    String outwardKey = null;
    for (String member = p.nextFieldName(); member != null; member = p.nextFieldName()) {
      p.nextToken();
      switch (member) {
        case "type" -> {
          if (startsObject(p, d, "issuelinks.type")) {
            for (String m = p.nextFieldName(); m != null; m = p.nextFieldName()) {
              p.nextToken();
              switch (m) {
                case "name" -> type = text(p, d, "issuelinks.type.name");
                case "inward" -> inwardPhrase = text(p, d, "issuelinks.type.inward");
                case "outward" -> outwardPhrase = text(p, d, "issuelinks.type.outward");
                default -> p.skipChildren();
              }
            }
          }
        }
        case "inwardIssue" -> inwardKey = otherKey(p, d, "issuelinks.inwardIssue");
        case "outwardIssue" -> outwardKey = otherKey(p, d, "issuelinks.outwardIssue");
        default -> p.skipChildren();
      }
    }
    if (type == null) {
      d.malformed("an issue link has no type name");
      return null;
    }
    boolean inward = inwardKey != null;
    return new LinkRecord(
        type, inward ? inwardPhrase : outwardPhrase, inward, inward ? inwardKey : outwardKey);
  }

  private static String otherKey(JsonParser p, IssueDraft d, String field) throws IOException {
    if (!startsObject(p, d, field)) {
      return null;
    }
    String key = null;
    for (String member = p.nextFieldName(); member != null; member = p.nextFieldName()) {
      p.nextToken();
      if (member.equals("key")) {
        key = text(p, d, field + ".key");
      } else {
        p.skipChildren();
      }
    }
    return key;
  }
}
