package io.caimira.webapp.links;

import io.caimira.model.work.Cancellation;
import io.caimira.webapp.form.LinkCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * Upstream's short links carry standard Base64, whose '/' characters can meet as "//"; the server's path
 * normalisation (and many proxies) merge those into one slash, and the link no longer decodes. The loss is
 * recoverable: padded Base64 has a length that is a multiple of 4, so the number of lost slashes is known (1 to 3),
 * and zlib's Adler-32 checksum accepts only the right reconstruction. This tries the ways of doubling that many of
 * the remaining slashes (a slash may be tripled too) and keeps the first one that decodes.
 *
 * <p>The search is bounded whatever the link: at most {@link #MAX_SLASHES} slashes, {@link #MAX_CANDIDATES}
 * candidates and {@link #INFLATE_BUDGET} inflated bytes for all of them together (each candidate is also held to
 * {@link LinkCodec}'s limits on size and compression ratio), and it stops when its request is cancelled ({@code Cancellation}).
 */
final class MergedSlashes {
  /** More slashes than this and the search is not attempted (a form's link holds a few dozen at most). */
  static final int MAX_SLASHES = 100;
  /** Candidates tried at most (three lost slashes among 40 is 11 480 candidates; most fail in a few bytes). */
  static final int MAX_CANDIDATES = 16_384;
  /** Bytes inflated at most by all the candidates together. */
  static final long INFLATE_BUDGET = 16L << 20;

  private MergedSlashes() {}

  /**
   * The query string of {@code data}, with lost slashes put back when needed.
   *
   * @throws IllegalArgumentException when the data do not decode, repaired or not (or the search hit its bounds)
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
    return new Search(s, slashes, lost).run();
  }

  /** One bounded search. */
  private static final class Search {
    private final String s;
    private final List<Integer> slashes;
    private final int[] chosen;
    private final LinkCodec.Budget budget = new LinkCodec.Budget(INFLATE_BUDGET);
    private final Thread owner = Cancellation.owner();
    private int candidates;
    private boolean over;

    Search(String s, List<Integer> slashes, int lost) {
      this.s = s;
      this.slashes = slashes;
      this.chosen = new int[lost];
    }

    String run() {
      return search(0, 0);
    }

    /** Chooses slash positions (non-decreasing, so one slash may take several) and tries each choice. */
    private String search(int from, int depth) {
      if (depth == chosen.length) {
        return tryDecode(withExtraSlashes());
      }
      for (int k = from; k < slashes.size() && !over; k++) {
        chosen[depth] = k;
        String found = search(k, depth + 1);
        if (found != null) {
          return found;
        }
      }
      return null;
    }

    private String withExtraSlashes() {
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

    private String tryDecode(String candidate) {
      if (++candidates > MAX_CANDIDATES || budget.exhausted()) {
        over = true;
        return null;
      }
      Cancellation.check(owner);
      try {
        return LinkCodec.decode(candidate, budget);
      } catch (LinkCodec.Exhausted e) {
        over = true;
        return null;
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }
}
