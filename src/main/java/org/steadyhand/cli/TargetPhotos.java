package org.steadyhand.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.steadyhand.analysis.shot.DetectedHole;
import org.steadyhand.analysis.shot.FrameOutcome;
import org.steadyhand.analysis.shot.ShotFrameAnalyzer;
import org.steadyhand.analysis.shot.TargetType;
import org.steadyhand.core.BadInputException;
import org.steadyhand.core.GreyImage;
import org.steadyhand.core.Shot;
import org.steadyhand.device.camera.FrameDecoder;

/**
 * Shots found in a sequence of target photographs ({@link ShotFrameAnalyzer}): the first shows the
 * target before (or as) the series starts, each later one adds the holes that are new in it.
 */
final class TargetPhotos {
    private TargetPhotos() {}

    /**
     * The shots, and a note for each photograph that could not be used (its holes are then taken
     * from the next usable one).
     */
    record Result(List<Shot> shots, List<String> notes) {}

    static Result shots(TargetType face, List<Path> images) {
        if (images.size() < 2) {
            throw new BadInputException(
                    "give the reference photograph and at least one more: --image REF --image NEXT");
        }
        ShotFrameAnalyzer analyzer = new ShotFrameAnalyzer(face);
        FrameOutcome first = analyzer.accept(read(images.getFirst()));
        if (first instanceof FrameOutcome.Rejected rejected) {
            throw new BadInputException(images.getFirst() + ": " + rejected.reason());
        }
        List<Shot> shots = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 1; i < images.size(); i++) {
            switch (analyzer.accept(read(images.get(i)))) {
                case FrameOutcome.Accepted accepted -> {
                    for (DetectedHole hole : accepted.holes()) {
                        shots.add(new Shot(shots.size(), hole.xMm(), hole.yMm()));
                    }
                }
                case FrameOutcome.Rejected rejected -> notes.add(images.get(i) + " not used: " + rejected.reason());
                case FrameOutcome.Reference reference -> notes.add(images.get(i) + " taken as a new reference");
            }
        }
        return new Result(shots, notes);
    }

    private static GreyImage read(Path file) {
        try {
            return FrameDecoder.decode(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
