package io.caimira.webapp.co2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The measured CO₂ series and the fitted curve, kept with a fit in the form's {@code CO2_fitting_result} (key
 * {@value #KEY}) so that the report can plot them over its own CO₂ curve. The sensor file can hold a day of samples
 * at one a second, and the fit travels in the report link, whose length is bounded: the series is kept as the means
 * of at most {@value #MAX_POINTS} equal time buckets between the first and the last sample, in whole ppm, at the
 * buckets' centres {@code start + k·step} [h] (a bucket without samples is null).
 *
 * @param start the first bucket's centre [h]
 * @param step the bucket width [h]
 * @param measured the mean measured CO₂ per bucket [ppm], null where no sample lies
 * @param fitted the mean fitted CO₂ per bucket [ppm], null where no sample lies
 */
public record FitSeries(double start, double step, List<Long> measured, List<Long> fitted) {
  /** The key in {@code CO2_fitting_result}. */
  public static final String KEY = "CO2_series";
  /** Buckets at most: every 7.5 min over a 12-hour day. */
  public static final int MAX_POINTS = 96;
  /** Largest plausible CO₂ value read back [ppm] (a stored series is only read, never trusted). */
  private static final double MAX_PPM = 100_000;

  public FitSeries {
    measured = Collections.unmodifiableList(new ArrayList<>(measured));
    fitted = Collections.unmodifiableList(new ArrayList<>(fitted));
  }

  /** The buckets of a series: times [h] increasing, the measured and the fitted values [ppm] at those times. */
  public static FitSeries of(double[] times, double[] measured, double[] fitted) {
    int n = times.length;
    if (n == 0 || measured.length != n || fitted.length != n) {
      throw new IllegalArgumentException("A series needs as many measured and fitted values as times");
    }
    double first = times[0];
    double span = times[n - 1] - first;
    int buckets = span > 0 ? Math.min(MAX_POINTS, n) : 1;
    double step = span > 0 ? span / buckets : 0;
    double[] sumMeasured = new double[buckets];
    double[] sumFitted = new double[buckets];
    int[] count = new int[buckets];
    for (int i = 0; i < n; i++) {
      int k = step > 0 ? Math.min(buckets - 1, (int) ((times[i] - first) / step)) : 0;
      sumMeasured[k] += measured[i];
      sumFitted[k] += fitted[i];
      count[k]++;
    }
    List<Long> m = new ArrayList<>(buckets);
    List<Long> f = new ArrayList<>(buckets);
    for (int k = 0; k < buckets; k++) {
      m.add(count[k] == 0 ? null : Math.round(sumMeasured[k] / count[k]));
      f.add(count[k] == 0 ? null : Math.round(sumFitted[k] / count[k]));
    }
    return new FitSeries(first + step / 2, step, m, f);
  }

  public int size() {
    return measured.size();
  }

  /** The time of bucket k [h]. */
  public double time(int k) {
    return start + k * step;
  }

  public ObjectNode toJson() {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("start", start);
    out.put("step", step);
    ArrayNode m = out.putArray("measured");
    measured.forEach(v -> {
      if (v == null) {
        m.addNull();
      } else {
        m.add(v);
      }
    });
    ArrayNode f = out.putArray("fitted");
    fitted.forEach(v -> {
      if (v == null) {
        f.addNull();
      } else {
        f.add(v);
      }
    });
    return out;
  }

  /**
   * The series stored in a fit result, or null when there is none or it is not one this class wrote: a link can
   * carry anything, so the sizes, the numbers and the times are checked and a bad series is left out of the report.
   */
  public static FitSeries read(JsonNode fit) {
    JsonNode s = fit == null ? null : fit.get(KEY);
    if (s == null || !s.isObject()) {
      return null;
    }
    JsonNode start = s.get("start");
    JsonNode step = s.get("step");
    if (start == null || step == null || !start.isNumber() || !step.isNumber()
        || !(start.asDouble() >= 0 && start.asDouble() <= 48) || !(step.asDouble() >= 0 && step.asDouble() <= 48)) {
      return null;
    }
    List<Long> measured = values(s.get("measured"));
    List<Long> fitted = values(s.get("fitted"));
    if (measured == null || fitted == null || measured.size() != fitted.size() || measured.isEmpty()) {
      return null;
    }
    return new FitSeries(start.asDouble(), step.asDouble(), measured, fitted);
  }

  private static List<Long> values(JsonNode array) {
    if (array == null || !array.isArray() || array.size() > MAX_POINTS) {
      return null;
    }
    List<Long> out = new ArrayList<>(array.size());
    for (JsonNode v : array) {
      if (v.isNull()) {
        out.add(null);
      } else if (v.isNumber() && v.asDouble() >= 0 && v.asDouble() <= MAX_PPM) {
        out.add(Math.round(v.asDouble()));
      } else {
        return null;
      }
    }
    return out;
  }
}
