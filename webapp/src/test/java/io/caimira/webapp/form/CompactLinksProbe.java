package io.caimira.webapp.form;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.Deflater;

/** Makes version-2 data from raw pairs, as a hostile client could, with the codec's own dictionary. */
final class CompactLinksProbe {
  private CompactLinksProbe() {}

  static String encodeRaw(String pairs) {
    try {
      Field f = CompactLinks.class.getDeclaredField("DICTIONARY");
      f.setAccessible(true);
      byte[] dictionary = (byte[]) f.get(null);
      Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
      deflater.setDictionary(dictionary);
      deflater.setInput(pairs.getBytes(StandardCharsets.UTF_8));
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      deflater.end();
      return CompactLinks.VERSION + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
