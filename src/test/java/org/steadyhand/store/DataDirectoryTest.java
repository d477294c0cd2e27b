package org.steadyhand.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    private static final String HOME = "/home/alice";

    @Test
    void dbOptionWinsOverEverything() {
        Path resolved = DataDirectory.resolve(
                Optional.of(Path.of("/data/rig1")), Map.of("STEADYHAND_HOME", "/elsewhere"), "Linux", HOME);

        assertThat(resolved).isEqualTo(Path.of("/data/rig1"));
    }

    @Test
    void steadyhandHomeWinsOverThePlatformDefault() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("STEADYHAND_HOME", "/srv/sh"), "Linux", HOME))
                .isEqualTo(Path.of("/srv/sh"));
    }

    @Test
    void linuxFollowsXdgDataHome() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME))
                .isEqualTo(Path.of("/xdg/steadyhand"));
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/alice/.local/share/steadyhand"));
        // The XDG spec says relative values are invalid and must be ignored.
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "rel"), "Linux", HOME))
                .isEqualTo(Path.of("/home/alice/.local/share/steadyhand"));
    }

    @Test
    void macAndWindowsUseTheirApplicationFolders() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/alice/Library/Application Support/Steadyhand"));
        assertThat(DataDirectory.resolve(
                        Optional.empty(), Map.of("LOCALAPPDATA", "/c/Users/a/AppData/Local"), "Windows 11", HOME))
                .isEqualTo(Path.of("/c/Users/a/AppData/Local/Steadyhand"));
    }
}
