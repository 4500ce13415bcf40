package io.pmobuyin.preview.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/** Jackson's parse errors in plain words, for problems a person reads. */
final class JsonErrors {

  private JsonErrors() {}

  /** Jackson reports some ends of input ("between array entries") as plain parse errors. */
  static boolean endsEarly(JsonProcessingException e) {
    return e instanceof JsonEOFException
        || (e.getOriginalMessage() != null
            && e.getOriginalMessage().startsWith("Unexpected end-of-input"));
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
}
