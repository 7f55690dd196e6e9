package io.caimira.deploy.drift;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.List;
import java.util.Map;

/** A unified diff of the normalised actual and expected objects of one kind (empty when they agree). */
public final class DriftReport {
  private DriftReport() {}

  public static List<String> diff(String kind, List<Map<String, Object>> actual, List<Map<String, Object>> expected,
      Normaliser normaliser) {
    Normaliser.Pair pair = normaliser.normalise(actual, expected);
    List<String> a = List.of(Serialization.asYaml(pair.actual()).split("\n"));
    List<String> e = List.of(Serialization.asYaml(pair.expected()).split("\n"));
    var patch = DiffUtils.diff(a, e);
    if (patch.getDeltas().isEmpty()) {
      return List.of();
    }
    return UnifiedDiffUtils.generateUnifiedDiff("actual/" + kind + ".yaml", "expected/" + kind + ".yaml", a, patch,
        3);
  }
}
