package org.steadyhand.ui.rig;

import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * Full-screen mode of the window that shows the rig screen, toggled by F11 or a button. JavaFX's
 * own exit key (Esc) is switched off, since Esc stops a recording; F11 leaves full screen. FX thread.
 */
final class FullScreen {
    static final String EXIT_HINT = "Full screen: press F11 to leave";

    /** Toggles full screen for the window holding {@code node}; does nothing before it is shown. */
    void toggle(Node node) {
        if (node.getScene() != null && node.getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint(EXIT_HINT);
            stage.setFullScreen(!stage.isFullScreen());
        }
    }
}
