package io.pmobuyin.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** A copy of the app jar with some entries edited, to prove that the checks catch breakage. */
public final class BundleCopy {

  private final Path original;
  private final Map<String, UnaryOperator<String>> edits = new LinkedHashMap<>();

  private BundleCopy(Path original) {
    this.original = original;
  }

  public static BundleCopy of(AppBundle bundle) {
    return new BundleCopy(bundle.path());
  }

  /** Rewrites the text of one entry, which must exist and must change. */
  public BundleCopy editing(String entry, UnaryOperator<String> edit) {
    edits.put(entry, edit);
    return this;
  }

  public AppBundle writeTo(Path directory) {
    Path copy = directory.resolve("edited-" + original.getFileName());
    try (ZipFile zip = new ZipFile(original.toFile());
        OutputStream file = Files.newOutputStream(copy);
        ZipOutputStream out = new ZipOutputStream(file)) {
      Map<String, UnaryOperator<String>> pending = new LinkedHashMap<>(edits);
      for (ZipEntry entry : Collections.list(zip.entries())) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        try (InputStream in = zip.getInputStream(entry)) {
          byte[] bytes = in.readAllBytes();
          UnaryOperator<String> edit = pending.remove(entry.getName());
          if (edit != null) {
            String before = new String(bytes, StandardCharsets.UTF_8);
            String after = edit.apply(before);
            if (after.equals(before)) {
              throw new IllegalArgumentException(
                  "The edit of " + entry.getName() + " changed nothing");
            }
            bytes = after.getBytes(StandardCharsets.UTF_8);
          }
          out.write(bytes);
        }
        out.closeEntry();
      }
      if (!pending.isEmpty()) {
        throw new IllegalArgumentException("No such entries to edit: " + pending.keySet());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AppBundle.open(copy);
  }
}
