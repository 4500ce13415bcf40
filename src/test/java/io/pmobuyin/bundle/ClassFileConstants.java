package io.pmobuyin.bundle;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The string literals and the referenced types of one class file, read from its constant pool.
 * Enough for the bundle checks (i18n keys used in code, packages the code needs) without a bytecode
 * library.
 */
final class ClassFileConstants {

  private static final Pattern TYPE_IN_DESCRIPTOR = Pattern.compile("L([\\w/$]+)[;<]");

  private final List<String> stringLiterals;
  private final Set<String> referencedTypes;

  private ClassFileConstants(List<String> stringLiterals, Set<String> referencedTypes) {
    this.stringLiterals = stringLiterals;
    this.referencedTypes = referencedTypes;
  }

  /** String constants of the class ({@code ldc "..."}, constant field values). */
  List<String> stringLiterals() {
    return stringLiterals;
  }

  /**
   * Internal names ({@code a/b/C}) of every type the class names: classes, descriptors,
   * annotations.
   */
  Set<String> referencedTypes() {
    return referencedTypes;
  }

  static ClassFileConstants read(byte[] classFile) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
      if (in.readInt() != 0xCAFEBABE) {
        throw new IllegalArgumentException("not a class file");
      }
      in.readUnsignedShort();
      in.readUnsignedShort();
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      List<Integer> stringIndexes = new ArrayList<>();
      List<Integer> classIndexes = new ArrayList<>();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[i] = in.readUTF();
          case 7 -> classIndexes.add(in.readUnsignedShort());
          case 8 -> stringIndexes.add(in.readUnsignedShort());
          case 16, 19, 20 -> in.readUnsignedShort();
          case 15 -> {
            in.readUnsignedByte();
            in.readUnsignedShort();
          }
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
          case 5, 6 -> {
            in.readLong();
            i++;
          }
          default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
        }
      }
      List<String> strings = new ArrayList<>();
      stringIndexes.forEach(index -> strings.add(utf8[index]));
      Set<String> types = new HashSet<>();
      for (int index : classIndexes) {
        String name = utf8[index];
        types.add(name.startsWith("[") ? stripArray(name) : name);
      }
      for (String value : utf8) {
        if (value != null) {
          Matcher m = TYPE_IN_DESCRIPTOR.matcher(value);
          while (m.find()) {
            types.add(m.group(1));
          }
        }
      }
      types.remove(null);
      return new ClassFileConstants(strings, types);
    } catch (IOException e) {
      throw new IllegalArgumentException("unreadable class file", e);
    }
  }

  private static String stripArray(String arrayDescriptor) {
    Matcher m = TYPE_IN_DESCRIPTOR.matcher(arrayDescriptor);
    return m.find() ? m.group(1) : null;
  }
}
