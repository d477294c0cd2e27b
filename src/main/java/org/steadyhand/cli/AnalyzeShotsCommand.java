package org.steadyhand.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.steadyhand.analysis.shot.Coach;
import org.steadyhand.analysis.shot.CoachingAdvice;
import org.steadyhand.analysis.shot.ScoredShot;
import org.steadyhand.analysis.shot.SeriesStatistics;
import org.steadyhand.analysis.shot.TargetType;
import org.steadyhand.core.BadInputException;
import org.steadyhand.core.Shot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code steadyhand analyze shots}: scores a series of shots by ISSF rules, with its group
 * statistics and coaching, from a shots file ({@link ShotsFile}) or from photographs of the target
 * ({@link TargetPhotos}).
 */
@Command(
        name = "shots",
        mixinStandardHelpOptions = true,
        description = {
            "Scores a series of shots (inward gauging, decimal scores, inner tens) with its group statistics"
                    + " (MPI, mean radius, extreme spread, series totals) and coaching.",
            "Shots come from --shots FILE (JSON array of {x_mm, y_mm}, or a freETarget serial log) or from"
                    + " photographs: --image REF --image NEXT ...; each image after the first adds the shots it"
                    + " shows. Positions are mm from the target centre, x right, y up."
        })
final class AnalyzeShotsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--target",
            required = true,
            paramLabel = "TYPE",
            description = "Target face: air-rifle-10m, air-pistol-10m, rifle-50m or pistol-25m.")
    String target;

    @Option(names = "--shots", paramLabel = "FILE", description = "Shots file (JSON or freETarget log).")
    Path shotsFile;

    @Option(names = "--image", paramLabel = "FILE", description = "Target photograph; the first is the reference.")
    List<Path> images = List.of();

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
        TargetType face = TargetType.byId(target)
                .orElseThrow(() ->
                        new BadInputException("unknown target '" + target + "'; expected one of " + TargetType.ids()));
        if ((shotsFile == null) == images.isEmpty()) {
            throw new BadInputException("give either --shots FILE or --image REF --image NEXT ...");
        }
        List<Shot> shots;
        if (shotsFile != null) {
            shots = ShotsFile.read(shotsFile);
        } else {
            TargetPhotos.Result photos = TargetPhotos.shots(face, images);
            photos.notes().forEach(note -> spec.commandLine().getErr().println(note));
            shots = photos.shots();
        }
        List<ScoredShot> scored =
                shots.stream().map(shot -> ScoredShot.of(face, shot)).toList();
        var out = spec.commandLine().getOut();
        if (scored.isEmpty()) {
            // Only photographs can show no new hole; that is an answer, not an error.
            out.println(
                    json
                            ? Json.write(java.util.Map.of("target", face.id(), "shots", List.of(), "shot_count", 0))
                            : "no new shots on " + face.id());
            out.flush();
            return 0;
        }
        SeriesStatistics series = SeriesStatistics.of(scored, SeriesStatistics.ISSF_SERIES_SHOTS);
        CoachingAdvice advice = Coach.advise(face, series, scored, Optional.empty());
        if (json) {
            out.println(Json.write(ShotsOutput.json(face, scored, series, advice)));
        } else {
            ShotsOutput.text(out, face, scored, series, advice);
        }
        out.flush();
        return 0;
    }
}
