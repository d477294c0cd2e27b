package org.steadyhand.cli;

import java.nio.file.Path;
import java.util.List;
import org.steadyhand.analysis.shot.TargetType;
import org.steadyhand.core.BadInputException;
import org.steadyhand.core.Shot;

/** Shots found in a sequence of target photographs: each image after the first adds its new holes. */
final class TargetPhotos {
    private TargetPhotos() {}

    static List<Shot> shots(TargetType face, List<Path> images) {
        throw new BadInputException("scoring from photographs is not available yet; use --shots FILE");
    }
}
