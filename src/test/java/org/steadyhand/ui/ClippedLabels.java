package org.steadyhand.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds shown labels that a screen failed to fit: text its skin shortened with an ellipsis, and
 * labels reaching past the window's right edge. Table and list cells are left out: a cell may
 * elide a long path and the user can widen the column. Used by the screenshot tests, which must
 * show finished screens at 1280×800 and 1920×1080.
 */
public final class ClippedLabels {
    private ClippedLabels() {}

    /** One line per problem, "full text -> what is shown"; empty when everything fits. */
    public static List<String> in(Parent root) {
        List<String> clipped = new ArrayList<>();
        double sceneWidth = root.getScene().getWidth();
        for (Node node : root.lookupAll(".text")) {
            if (node instanceof Text text
                    && text.getParent() instanceof Labeled labeled
                    && !(labeled instanceof IndexedCell<?>)
                    && shown(labeled)
                    && labeled.getText() != null) {
                // Compared with the ellipsis, not just the text: a label whose text changed a moment
                // ago may not have been laid out again yet, which is not a clipped label.
                if (!labeled.isWrapText()
                        && !labeled.getText().equals(text.getText())
                        && text.getText().endsWith(labeled.getEllipsisString())) {
                    clipped.add(labeled.getText() + " -> " + text.getText());
                }
                if (labeled.localToScene(labeled.getLayoutBounds()).getMaxX() > sceneWidth + 0.5) {
                    clipped.add(labeled.getText() + " -> beyond the right edge");
                }
            }
        }
        return clipped;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
