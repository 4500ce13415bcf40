package io.pmobuyin.preview.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A message saved as {@code digest-<date>.eml} (RFC 5322 with CRLF lines), which mail readers open
 * and which can be sent later by any mail tool. A second run on the same day replaces the first.
 */
public final class EmlFile {

  private EmlFile() {}

  public static Path write(MimeMessage message, Path directory, LocalDate date)
      throws IOException, MessagingException {
    Files.createDirectories(directory);
    Path target = directory.resolve("digest-" + date + ".eml");
    Path partial = directory.resolve("digest-" + date + ".eml.part");
    try (OutputStream out = Files.newOutputStream(partial)) {
      message.writeTo(out);
    }
    return Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
