package io.caimira.deploy.drift;

import java.util.List;
import java.util.Map;

/**
 * What the API server and OpenShift write into an object on their own, as paths: segments separated by dots,
 * {@code []} for every item of a list. Two kinds:
 *
 * <ul>
 *   <li>{@link #SERVER_OWNED}: bookkeeping that never says anything about the configuration; dropped from both
 *       sides;
 *   <li>{@link #DEFAULTS}: values filled in when the template leaves them out. A field of the live object that the
 *       expected object does not have is a drift, unless its path is listed here for the object's kind. When the template sets such a field, it is compared like any other.
 * </ul>
 *
 * Annotations are keys with dots and slashes, so they have their own list: {@link #ANNOTATION_PREFIXES}.
 */
final class ServerDefaults {
  private ServerDefaults() {}

  static final List<String> SERVER_OWNED = List.of("status", "metadata.creationTimestamp",
      "metadata.resourceVersion", "metadata.uid", "metadata.generation", "metadata.managedFields",
      "metadata.selfLink", "metadata.namespace", "metadata.ownerReferences", "metadata.finalizers",
      "spec.template.metadata.creationTimestamp");

  private static final String POD = "spec.template.spec.";
  private static final String CONTAINER = POD + "containers[].";

  static final Map<String, List<String>> DEFAULTS = Map.of(
      "Deployment", List.of("spec.revisionHistoryLimit", "spec.progressDeadlineSeconds", "spec.strategy",
          POD + "dnsPolicy", POD + "restartPolicy", POD + "schedulerName", POD + "terminationGracePeriodSeconds",
          POD + "securityContext", POD + "enableServiceLinks",
          // injected by the security context constraint (restricted-v2) when the template does not set them
          POD + "securityContext.runAsUser", POD + "securityContext.fsGroup",
          POD + "securityContext.seLinuxOptions", POD + "securityContext.seccompProfile",
          CONTAINER + "securityContext.runAsUser", CONTAINER + "securityContext.seLinuxOptions",
          CONTAINER + "securityContext.seccompProfile",
          CONTAINER + "terminationMessagePath", CONTAINER + "terminationMessagePolicy",
          CONTAINER + "imagePullPolicy", CONTAINER + "ports[].protocol",
          CONTAINER + "readinessProbe.successThreshold", CONTAINER + "readinessProbe.timeoutSeconds",
          CONTAINER + "readinessProbe.periodSeconds", CONTAINER + "readinessProbe.failureThreshold",
          CONTAINER + "readinessProbe.httpGet.scheme",
          CONTAINER + "livenessProbe.successThreshold", CONTAINER + "livenessProbe.timeoutSeconds",
          CONTAINER + "livenessProbe.periodSeconds", CONTAINER + "livenessProbe.failureThreshold",
          CONTAINER + "livenessProbe.httpGet.scheme",
          POD + "volumes[].configMap.defaultMode", POD + "volumes[].secret.defaultMode"),
      "Service", List.of("spec.clusterIP", "spec.clusterIPs", "spec.ipFamilies", "spec.ipFamilyPolicy",
          "spec.sessionAffinity", "spec.internalTrafficPolicy", "spec.type", "spec.ports[].protocol",
          "spec.ports[].targetPort"),
      "HorizontalPodAutoscaler", List.of("spec.behavior"),
      // a route without a host in its template gets a generated one
      "Route", List.of("spec.host", "spec.wildcardPolicy", "spec.to.weight"));

  /** Annotations the server, kubectl/oc or OpenShift add: ignored when the template does not set them. */
  static final List<String> ANNOTATION_PREFIXES = List.of("deployment.kubernetes.io/",
      "kubectl.kubernetes.io/", "openshift.io/", "autoscaling.alpha.kubernetes.io/",
      "template.openshift.io/", "app.openshift.io/");

  static boolean isDefault(String kind, String path) {
    return DEFAULTS.getOrDefault(kind, List.of()).contains(path);
  }

  static boolean isServerAnnotation(String key) {
    return ANNOTATION_PREFIXES.stream().anyMatch(key::startsWith);
  }
}
