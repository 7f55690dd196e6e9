package io.caimira.model.sample;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The per-sample quantities derived from one array of samples, kept while the samples live (see
 * {@link Samples#derived}). A report and its alternative scenarios share their draws (common random numbers), so a
 * factor formed from shared draws alone — the settling rates of the diameters, the emission per aerosol — is formed
 * once and shared too, and a variant then differs from the report only where its inputs differ.
 *
 * <p>Bounded: an array keeps at most {@value #LIMIT} derived quantities, and makes any further one without keeping
 * it, so a long-lived array cannot accumulate them.
 */
final class DerivedSamples {
  static final int LIMIT = 16;

  private final Map<Object, Samples> kept = new ConcurrentHashMap<>();

  /**
   * The quantity of {@code key}, made by {@code make} unless kept. It is made outside any lock (a making that derives
   * from other samples, or from these, cannot deadlock); when two threads make it at once, both get the one kept
   * first.
   */
  Samples get(Object key, Supplier<Samples> make) {
    Samples known = kept.get(key);
    if (known != null) {
      return known;
    }
    Samples made = make.get();
    if (kept.size() >= LIMIT) {
      return made;
    }
    Samples first = kept.putIfAbsent(key, made);
    return first == null ? made : first;
  }
}
