package io.caimira.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest when packaged. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Version.class.getPackage().getImplementationVersion();
    return new String[] {"caimira " + (version == null ? "(development build)" : version)
        + ", following CAiMIRA 4.19"};
  }
}
