package la.gov.gweb.search.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * A checksum of the compiled code that classes come from, so that an index kept between benchmark
 * runs is used only by the code that built it. Jars are read by their entries' content, not their
 * timestamps, and without META-INF, since Maven packages them again on every build.
 */
final class CodeFingerprint {

  private CodeFingerprint() {}

  /** The checksum, in hex, of the class directories or jars that hold {@code classes}. */
  static String of(Class<?>... classes) {
    CRC32 crc = new CRC32();
    for (Class<?> type : classes) {
      try {
        Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
          addDirectory(crc, location);
        } else {
          addJar(crc, location);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return Long.toHexString(crc.getValue());
  }

  private static void addDirectory(CRC32 crc, Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList();
    }
    for (Path file : files) {
      crc.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
      try (InputStream in = Files.newInputStream(file)) {
        crc.update(in.readAllBytes());
      }
    }
  }

  private static void addJar(CRC32 crc, Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      List<JarEntry> entries =
          file.stream()
              .filter(entry -> !entry.getName().startsWith("META-INF/"))
              .sorted(Comparator.comparing(JarEntry::getName))
              .toList();
      for (JarEntry entry : entries) {
        crc.update(entry.getName().getBytes(StandardCharsets.UTF_8));
        crc.update(Long.toString(entry.getCrc()).getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
