package org.steadyhand.cli;

import java.util.Locale;
import org.steadyhand.analysis.hrv.HrvSettings;
import org.steadyhand.core.BadInputException;
import picocli.CommandLine.Option;

/**
 * The HRV settings reachable from the command line, over {@link HrvSettings#kubiosDefaults()}.
 * {@code --detrend none --artefacts none --spectrum welch --window-s 300} are the settings results
 * are compared with the reference tool's reports at.
 */
final class HrvOptions {
    @Option(
            names = "--detrend",
            paramLabel = "KIND",
            defaultValue = "smoothness",
            description = "Trend removal before the spectrum: none, linear or smoothness (priors; default).")
    String detrend;

    @Option(
            names = "--lambda",
            paramLabel = "N",
            defaultValue = "500",
            description = "Smoothness-priors lambda at 4 Hz (default: ${DEFAULT-VALUE}, cut-off about 0.035 Hz).")
    double lambda;

    @Option(
            names = "--artefacts",
            paramLabel = "WHAT",
            defaultValue = "none",
            description = "none: count artefacts, keep them (default); correct: replace each by its local median.")
    String artefacts;

    @Option(
            names = "--spectrum",
            paramLabel = "METHOD",
            defaultValue = "welch",
            description = "welch (default) or ar (Burg, order 16).")
    String spectrum;

    @Option(
            names = "--window-s",
            paramLabel = "SECONDS",
            defaultValue = "300",
            description = "Welch segment length in seconds, 50% overlap (default: ${DEFAULT-VALUE}).")
    double windowSeconds;

    HrvSettings settings() {
        HrvSettings.Detrend kind = switch (detrend.toLowerCase(Locale.ROOT)) {
            case "none" -> HrvSettings.Detrend.NONE;
            case "linear" -> HrvSettings.Detrend.LINEAR;
            case "smoothness" -> HrvSettings.Detrend.SMOOTHNESS_PRIORS;
            default ->
                throw new BadInputException("--detrend must be none, linear or smoothness, got '" + detrend + "'");
        };
        HrvSettings.ArtefactHandling handling = switch (artefacts.toLowerCase(Locale.ROOT)) {
            case "none" -> HrvSettings.ArtefactHandling.NONE;
            case "correct" -> HrvSettings.ArtefactHandling.CORRECT;
            default -> throw new BadInputException("--artefacts must be none or correct, got '" + artefacts + "'");
        };
        HrvSettings.SpectrumMethod method = switch (spectrum.toLowerCase(Locale.ROOT)) {
            case "welch" -> HrvSettings.SpectrumMethod.WELCH;
            case "ar" -> HrvSettings.SpectrumMethod.AR;
            default -> throw new BadInputException("--spectrum must be welch or ar, got '" + spectrum + "'");
        };
        try {
            return HrvSettings.kubiosDefaults()
                    .withDetrend(kind)
                    .withSmoothnessLambda(lambda)
                    .withArtefacts(handling)
                    .withSpectrum(method)
                    .withWelchWindowSeconds(windowSeconds);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("invalid HRV setting: " + e.getMessage(), e);
        }
    }

    static String detrendName(HrvSettings.Detrend d) {
        return switch (d) {
            case NONE -> "none";
            case LINEAR -> "linear";
            case SMOOTHNESS_PRIORS -> "smoothness";
        };
    }
}
