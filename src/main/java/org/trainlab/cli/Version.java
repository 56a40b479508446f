package org.trainlab.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (the pom's), or "dev" when run from classes. */
final class Version implements IVersionProvider {
    static String get() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"TrainLab " + get() + " (Java " + Runtime.version() + ")"};
    }
}
