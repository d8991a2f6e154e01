package la.gov.gweb.platform;

/**
 * The themes this deployment has: Jakarta Faces resource library contracts under
 * {@code META-INF/contracts/} on the class path.
 */
public final class InstalledThemes {

    private InstalledThemes() {
    }

    public static boolean isInstalled(String theme) {
        return theme != null && theme.matches("[a-z0-9-]{1,50}")
                && InstalledThemes.class.getClassLoader()
                        .getResource("META-INF/contracts/" + theme + "/jakarta.faces.contract.xml") != null;
    }
}
