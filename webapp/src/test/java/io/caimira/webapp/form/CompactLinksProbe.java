package io.caimira.webapp.form;

/** Makes version-2 data from raw pairs, as a hostile client could, with the codec's own dictionary. */
final class CompactLinksProbe {
  private CompactLinksProbe() {}

  static String encodeRaw(String pairs) {
    return CompactLinks.encodePairs(pairs);
  }
}
