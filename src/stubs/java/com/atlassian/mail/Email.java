package com.atlassian.mail;

import java.util.HashMap;
import java.util.Map;

/**
 * Compile-only declaration of atlassian-mail's message (never packaged). Checked against: the
 * class's decompiled source in the public code index (find_string "public Email setMultipart(", id
 * 42458274244: ctor Email(String), setSubject, setBody, setMimeType, setEncoding returning Email,
 * addHeader(String, String), getHeaders; the defaults text/plain and UTF-8 and the headers
 * Precedence: bulk, Auto-Submitted: auto-generated); queued by mailru/jira-plugins-mrimsender
 * AccessRequestService (Jira 8.20/9, as com.atlassian.jira.mail's subclass) and by a
 * javax.inject-era app's EmailNotificationSender (index id 71108985424, this class, {@code new
 * Email(address)}, setSubject, setBody, setMimeType("text/html")). Jira 10: UNCONFIRMED beyond
 * those apps; Jira 11: UNCONFIRMED (docs/research/jira11-declarations-audit.md). The getters exist
 * in the real class; the fields here only let tests read what was set.
 */
public class Email {

  private String to;
  private String subject = "";
  private String body = "";
  private String mimeType = "text/plain";
  private String encoding = "UTF-8";
  private final Map<String, String> headers = new HashMap<>();

  public Email(String to) {
    if (to == null || to.isBlank()) {
      throw new IllegalArgumentException("'To' is a required field");
    }
    this.to = to;
  }

  public Email setSubject(String subject) {
    this.subject = subject;
    return this;
  }

  public Email setBody(String body) {
    this.body = body;
    return this;
  }

  public Email setMimeType(String mimeType) {
    this.mimeType = mimeType;
    return this;
  }

  public Email setEncoding(String encoding) {
    this.encoding = encoding;
    return this;
  }

  public void addHeader(String headerName, String headerValue) {
    headers.put(headerName, headerValue);
  }

  public String getTo() {
    return to;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getMimeType() {
    return mimeType;
  }

  public String getEncoding() {
    return encoding;
  }

  @SuppressWarnings("rawtypes")
  public Map getHeaders() {
    return headers;
  }
}
