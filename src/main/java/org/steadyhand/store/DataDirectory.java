package org.steadyhand.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the workstation keeps its database, logs and settings. In order of precedence: the
 * {@code --db PATH} option, the {@code STEADYHAND_HOME} environment variable, then the platform's
 * per-user data folder: {@code $XDG_DATA_HOME/steadyhand} (default {@code ~/.local/share/steadyhand})
 * on Linux, {@code ~/Library/Application Support/Steadyhand} on macOS, {@code %LOCALAPPDATA%\Steadyhand}
 * on Windows.
 */
public final class DataDirectory {
    private DataDirectory() {}

    /** Resolves the data folder for this process. */
    public static Path resolve(Optional<Path> dbOption) {
        return resolve(dbOption, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(Optional<Path> dbOption, Map<String, String> env, String osName, String userHome) {
        if (dbOption.isPresent()) {
            return dbOption.get().toAbsolutePath().normalize();
        }
        String home = env.get("STEADYHAND_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.getOrDefault("LOCALAPPDATA", env.get("APPDATA"));
            return local != null ? Path.of(local, "Steadyhand") : Path.of(userHome, "AppData", "Local", "Steadyhand");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Steadyhand");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "steadyhand");
        }
        return Path.of(userHome, ".local", "share", "steadyhand");
    }
}
