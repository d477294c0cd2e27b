package org.steadyhand.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.core.BadInputException;

class SeriesCsvTest {
    private static final OptionalDouble NO_RATE = OptionalDouble.empty();

    @TempDir
    Path folder;

    private Path file(String text) throws IOException {
        Path file = folder.resolve("data.csv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void readsTimeInSecondsAndOneValueColumn() throws IOException {
        SeriesCsv.Series series = SeriesCsv.read(file("t,force\n0,1.5\n0.0105,2e-1\n0.02,-3\n"), NO_RATE);

        assertThat(series.valueName()).isEqualTo("force");
        assertThat(series.timesNanos()).containsExactly(0L, 10_500_000L, 20_000_000L);
        assertThat(series.values()).containsExactly(1.5, 0.2, -3.0);
    }

    @Test
    void timeColumnMayComeSecondAndBeQuotedOrCapitalised() throws IOException {
        SeriesCsv.Series series = SeriesCsv.read(file("\"force_mn\",\"T_S\"\n1,0\n2,0.5\n"), NO_RATE);

        assertThat(series.valueName()).isEqualTo("force_mn");
        assertThat(series.timesNanos()).containsExactly(0L, 500_000_000L);
        assertThat(series.values()).containsExactly(1.0, 2.0);
    }

    @Test
    void singleColumnTakesTimesFromTheRate() throws IOException {
        SeriesCsv.Series series = SeriesCsv.read(file("force\n1\n2\n3\n"), OptionalDouble.of(4));

        assertThat(series.timesNanos()).containsExactly(0L, 250_000_000L, 500_000_000L);
        assertThat(series.values()).containsExactly(1.0, 2.0, 3.0);
    }

    @Test
    void nanAndEmptyCellsBecomeNanWhileCommentsAndBlankLinesAreNotSamples() throws IOException {
        SeriesCsv.Series series =
                SeriesCsv.read(file("\uFEFF# a gauge\n\nt,force\n0,1\n# note\n0.1,NaN\n\n0.2,\n0.3,nan\r\n"), NO_RATE);

        assertThat(series.timesNanos()).containsExactly(0L, 100_000_000L, 200_000_000L, 300_000_000L);
        assertThat(series.values()[0]).isEqualTo(1.0);
        assertThat(series.values())
                .satisfies(
                        v -> assertThat(v[1]).isNaN(),
                        v -> assertThat(v[2]).isNaN(),
                        v -> assertThat(v[3]).isNaN());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                            | ''  | data.csv is empty
            '# only a comment\\n'         | ''  | data.csv is empty
            't,force\\n'                  | ''  | data.csv has a header but no data rows
            't,force\\n0,1\\n0.1,abc\\n'  | ''  | data.csv line 3: 'abc' is not a number
            't,force\\n0,1\\n0.1,Inf\\n'  | ''  | data.csv line 3: 'Inf' is not a number
            't,force\\n0,1\\n0.1,1,2\\n'  | ''  | data.csv line 3: expected 2 values as in the header, found 3
            't,force\\n0,1\\n0.1\\n'      | ''  | data.csv line 3: expected 2 values as in the header, found 1
            't,force\\n0,1\\n0,2\\n'      | ''  | data.csv line 3: time 0 s repeats the previous sample's time
            't,force\\n0.2,1\\n0.1,2\\n'  | ''  | data.csv line 3: time 0.1 s is before the previous sample's 0.2 s
            't,force\\n0,1\\n,2\\n'       | ''  | data.csv line 3: the time is missing
            'a,b\\n0,1\\n'                | ''  | data.csv line 1: with two columns one must be the time, named t or t_s
            't,a,b\\n0,1,2\\n'            | ''  | data.csv line 1: expected one value column, optionally with a time column
            't,t_s\\n0,1\\n'              | ''  | data.csv line 1: the header has two time columns
            't\\n0\\n'                    | 100 | data.csv line 1: the only column is the time 't'
            ',force\\n0,1\\n'             | ''  | data.csv line 1: header column 1 has no name
            'force\\n1\\n'                | ''  | data.csv has no time column (t or t_s, in seconds); give the sample rate with --rate HZ
            't,force\\n0,1\\n'            | 100 | data.csv has a time column 't'; give --rate only for files without one
            'force\\n1\\n'                | 0   | the sample rate must be > 0
            """)
    void badFileGivesOneLineNamingFileAndLine(String text, String rate, String message) throws IOException {
        Path file = file(text.replace("\\n", "\n"));
        OptionalDouble rateHz = rate.isEmpty() ? NO_RATE : OptionalDouble.of(Double.parseDouble(rate));

        assertThatThrownBy(() -> SeriesCsv.read(file, rateHz))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(message.replace("data.csv", file.toString()))
                .hasMessageNotContaining("\n");
    }

    @Test
    void missingFileIsBadInput() {
        Path missing = folder.resolve("nope.csv");

        assertThatThrownBy(() -> SeriesCsv.read(missing, NO_RATE))
                .isInstanceOf(BadInputException.class)
                .hasMessage("cannot read " + missing + ": no such file");
    }
}
