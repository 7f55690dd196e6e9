package io.caimira.webapp.co2;

import java.lang.reflect.Proxy;
import java.util.Arrays;

/** Co2Messages for unit tests without the Quarkus runtime: each message is its key and arguments, "key[a, b]". */
final class TextKeys {
  private TextKeys() {}

  static Co2Messages messages() {
    return (Co2Messages) Proxy.newProxyInstance(Co2Messages.class.getClassLoader(), new Class<?>[] {Co2Messages.class},
        (proxy, method, args) -> method.getName() + (args == null ? "" : Arrays.toString(args)));
  }
}
