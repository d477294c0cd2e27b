package org.steadyhand.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Reads durations as people type them: {@code 30s}, {@code 2m}, {@code 1m30s}, {@code 1h},
 * {@code 500ms}, or a plain number of seconds ({@code 45}, {@code 2.5}).
 */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");
    private static final Pattern WHOLE = Pattern.compile("((\\d+(?:\\.\\d+)?)(ms|h|m|s))+");

    @Override
    public Duration convert(String text) {
        String value = text.strip().toLowerCase(java.util.Locale.ROOT);
        Duration result;
        if (value.matches("\\d+(\\.\\d+)?")) {
            result = Duration.ofNanos(Math.round(Double.parseDouble(value) * 1e9));
        } else if (WHOLE.matcher(value).matches()) {
            result = Duration.ZERO;
            Matcher part = PART.matcher(value);
            while (part.find()) {
                double amount = Double.parseDouble(part.group(1));
                double unitSeconds = switch (part.group(2)) {
                    case "ms" -> 1e-3;
                    case "s" -> 1;
                    case "m" -> 60;
                    default -> 3600;
                };
                result = result.plusNanos(Math.round(amount * unitSeconds * 1e9));
            }
        } else {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a duration; use e.g. 30s, 2m, 1m30s");
        }
        if (result.isZero() || result.compareTo(Duration.ofHours(24)) > 0) {
            throw new CommandLine.TypeConversionException("duration '" + text + "' must be above 0 and at most 24h");
        }
        return result;
    }
}
