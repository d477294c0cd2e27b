package org.steadyhand.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.steadyhand.core.BadInputException;

/**
 * Reads one signal from a CSV file for the {@code analyze} commands: a header row, then one sample
 * per row.
 *
 * <p>Layouts:
 *
 * <ul>
 *   <li>a time column, named {@code t} or {@code t_s} (seconds, any case, either position), and one
 *       value column; times must strictly increase and may be unevenly spaced;
 *   <li>a single value column, with the sample rate given ({@code --rate HZ}): sample i is at i / rate
 *       seconds.
 * </ul>
 *
 * A file with a time column and a rate given is refused, rather than deciding silently which one to
 * believe; so is a single column without a rate.
 *
 * <p>Details: UTF-8, comma-separated, no quoting beyond one pair of double quotes around a cell,
 * which is removed (spreadsheets quote headers); cells are trimmed. Blank lines and lines starting
 * with {@code #} are skipped anywhere and are not samples, so a missing sample must be written as a
 * value cell {@code NaN} (any case) or, with a time column, left empty: both become NaN, which the
 * analyses skip and count. Numbers are plain decimals with an optional exponent ({@code 1.5},
 * {@code -2e-3}); anything else, including {@code Infinity}, is an error.
 *
 * <p>Errors are {@link BadInputException}s naming the file and, where there is one, the line
 * number (1-based, counting every line of the file): empty file, header only, wrong column count,
 * text where a number belongs, a missing time, and a time that repeats or goes back.
 *
 * <p>Stateless; reading is thread-safe.
 */
final class SeriesCsv {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final List<String> TIME_NAMES = List.of("t", "t_s");
    /** Beyond this many seconds a time no longer fits in a long of nanoseconds. */
    private static final double MAX_ABS_SECONDS = 9.0e9;
    /** Above 1 GHz consecutive sample times would round to the same nanosecond. */
    private static final double MAX_RATE_HZ = 1e9;

    private SeriesCsv() {}

    /**
     * One signal as read.
     *
     * @param valueName the value column's header, e.g. {@code force_mn}
     * @param timesNanos sample times in nanoseconds from t = 0 s of the file, strictly increasing
     * @param values the values in the file's unit; NaN where the file had {@code NaN} or an empty cell
     */
    record Series(String valueName, long[] timesNanos, double[] values) {
        int size() {
            return values.length;
        }
    }

    /**
     * Reads {@code file}.
     *
     * @param rateHz the sample rate for a file without a time column; empty if the file has one
     * @throws BadInputException if the file cannot be read or breaks the rules in the class comment
     */
    static Series read(Path file, OptionalDouble rateHz) {
        if (rateHz.isPresent()) {
            double rate = rateHz.getAsDouble();
            if (!(rate > 0) || rate > MAX_RATE_HZ) {
                throw new BadInputException("the sample rate must be > 0 and at most 1e9 Hz, got " + rate);
            }
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Parser(file, rateHz).parse(reader);
        } catch (NoSuchFileException e) {
            throw new BadInputException("cannot read " + file + ": no such file", e);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The state of reading one file. */
    private static final class Parser {
        private final Path file;
        private final OptionalDouble rateHz;
        private int lineNumber;
        private int timeColumn = -1;
        private int valueColumn;
        private int columnCount;
        private String valueName;
        private long[] times = new long[1024];
        private double[] values = new double[1024];
        private int size;

        Parser(Path file, OptionalDouble rateHz) {
            this.file = file;
            this.rateHz = rateHz;
        }

        Series parse(BufferedReader reader) throws IOException {
            boolean headerSeen = false;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] cells = cells(trimmed);
                if (headerSeen) {
                    addRow(cells);
                } else {
                    readHeader(cells);
                    headerSeen = true;
                }
            }
            if (!headerSeen) {
                throw new BadInputException(file + " is empty");
            }
            if (size == 0) {
                throw new BadInputException(file + " has a header but no data rows");
            }
            return new Series(valueName, Arrays.copyOf(times, size), Arrays.copyOf(values, size));
        }

        private static String[] cells(String line) {
            String[] cells = line.split(",", -1);
            for (int i = 0; i < cells.length; i++) {
                String cell = cells[i].strip();
                if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
                    cell = cell.substring(1, cell.length() - 1).strip();
                }
                cells[i] = cell;
            }
            return cells;
        }

        private void readHeader(String[] names) {
            columnCount = names.length;
            if (columnCount > 2) {
                throw bad("expected one value column, optionally with a time column (t or t_s), but the header has "
                        + columnCount + " columns: " + String.join(", ", names));
            }
            for (int i = 0; i < columnCount; i++) {
                if (names[i].isEmpty()) {
                    throw bad("header column " + (i + 1) + " has no name");
                }
                if (TIME_NAMES.contains(names[i].toLowerCase(Locale.ROOT))) {
                    if (timeColumn >= 0) {
                        throw bad("the header has two time columns: " + String.join(", ", names));
                    }
                    timeColumn = i;
                }
            }
            if (columnCount == 2 && timeColumn < 0) {
                throw bad("with two columns one must be the time, named t or t_s (seconds), but the header is "
                        + String.join(", ", names));
            }
            if (columnCount == 1 && timeColumn == 0) {
                throw bad("the only column is the time '" + names[0] + "'; there is no value column");
            }
            if (timeColumn >= 0 && rateHz.isPresent()) {
                throw new BadInputException(file + " has a time column '" + names[timeColumn]
                        + "'; give --rate only for files without one");
            }
            if (timeColumn < 0 && rateHz.isEmpty()) {
                throw new BadInputException(
                        file + " has no time column (t or t_s, in seconds); give the sample rate with --rate HZ");
            }
            valueColumn = timeColumn == 0 ? 1 : 0;
            valueName = names[valueColumn];
        }

        private void addRow(String[] cells) {
            if (cells.length != columnCount) {
                throw bad("expected " + columnCount + (columnCount == 1 ? " value" : " values")
                        + " as in the header, found " + cells.length);
            }
            long timeNanos = timeColumn >= 0 ? time(cells[timeColumn]) : Math.round(size * 1e9 / rateHz.getAsDouble());
            double value = value(cells[valueColumn]);
            if (timeColumn >= 0 && size > 0 && timeNanos <= times[size - 1]) {
                throw bad(
                        timeNanos == times[size - 1]
                                ? "time " + cells[timeColumn] + " s repeats the previous sample's time"
                                : "time " + cells[timeColumn] + " s is before the previous sample's "
                                        + times[size - 1] / 1e9 + " s; times must increase");
            }
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            times[size] = timeNanos;
            values[size] = value;
            size++;
        }

        private long time(String cell) {
            if (cell.isEmpty() || cell.equalsIgnoreCase("nan")) {
                throw bad("the time is missing");
            }
            double seconds = number(cell);
            if (Math.abs(seconds) > MAX_ABS_SECONDS) {
                throw bad("time " + cell + " s is out of range");
            }
            return Math.round(seconds * 1e9);
        }

        private double value(String cell) {
            return cell.isEmpty() || cell.equalsIgnoreCase("nan") ? Double.NaN : number(cell);
        }

        private double number(String cell) {
            if (!NUMBER.matcher(cell).matches()) {
                throw bad("'" + cell + "' is not a number");
            }
            return Double.parseDouble(cell);
        }

        private BadInputException bad(String message) {
            return new BadInputException(file + " line " + lineNumber + ": " + message);
        }
    }
}
