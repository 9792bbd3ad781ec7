package fr.enquete.cli;

/**
 * The version {@code enquete --version} prints, read from the jar's manifest ({@code Implementation-Version},
 * written by the build from the POM) so that it cannot drift from the released artifact. Depends on nothing
 * but the JDK, so that a test can load it alone from a jar of its own.
 */
public final class AppVersion {

    /** What is printed when the classes do not come from a built jar (an IDE, {@code target/classes}). */
    static final String UNKNOWN = "development build, not from a jar";

    private AppVersion() {
    }

    /** The version from the manifest of the jar holding this class, or {@link #UNKNOWN} when there is none. */
    public static String version() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? UNKNOWN : version;
    }

    /** The line {@code --version} prints: {@code enquete 0.1.0-SNAPSHOT}. */
    public static String line() {
        return "enquete " + version();
    }
}
