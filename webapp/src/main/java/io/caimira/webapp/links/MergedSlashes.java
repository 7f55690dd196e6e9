package io.caimira.webapp.links;

import io.caimira.webapp.form.LinkCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * Upstream's short links carry standard Base64, whose '/' characters can meet as "//"; the server's path
 * normalisation (and many proxies) merge those into one slash, and the link no longer decodes. The loss is
 * recoverable: padded Base64 has a length that is a multiple of 4, so the number of lost slashes is known (1 to 3),
 * and zlib's Adler-32 checksum accepts only the right reconstruction. This tries every way of doubling that many of
 * the remaining slashes (a slash may be tripled too) and keeps the first one that decodes.
 */
final class MergedSlashes {
  /** More slashes than this and the search is not attempted (a form's link holds a few dozen at most). */
  private static final int MAX_SLASHES = 200;

  private MergedSlashes() {}

  /**
   * The query string of {@code data}, with lost slashes put back when needed.
   *
   * @throws IllegalArgumentException when the data do not decode, repaired or not
   */
  static String decode(String data) {
    try {
      return LinkCodec.decode(data);
    } catch (IllegalArgumentException e) {
      String repaired = repair(data);
      if (repaired == null) {
        throw e;
      }
      return repaired;
    }
  }

  private static String repair(String data) {
    String s = data.trim();
    int lost = (4 - s.length() % 4) % 4;
    List<Integer> slashes = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '/') {
        slashes.add(i);
      }
    }
    if (lost == 0 || slashes.isEmpty() || slashes.size() > MAX_SLASHES || s.indexOf('-') >= 0
        || s.indexOf('_') >= 0) {
      return null;
    }
    return search(s, slashes, lost, 0, new int[lost], 0);
  }

  /** Chooses {@code lost} slash positions (non-decreasing, so one slash may take several) and tries each choice. */
  private static String search(String s, List<Integer> slashes, int lost, int from, int[] chosen, int depth) {
    if (depth == lost) {
      return tryDecode(withExtraSlashes(s, slashes, chosen));
    }
    for (int k = from; k < slashes.size(); k++) {
      chosen[depth] = k;
      String found = search(s, slashes, lost, k, chosen, depth + 1);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static String withExtraSlashes(String s, List<Integer> slashes, int[] chosen) {
    StringBuilder out = new StringBuilder(s.length() + chosen.length);
    int next = 0;
    for (int i = 0; i < s.length(); i++) {
      out.append(s.charAt(i));
      while (next < chosen.length && slashes.get(chosen[next]) == i) {
        out.append('/');
        next++;
      }
    }
    return out.toString();
  }

  private static String tryDecode(String candidate) {
    try {
      return LinkCodec.decode(candidate);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
