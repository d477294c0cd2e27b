package org.steadyhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code steadyhand server} and {@code steadyhand league} refuse bad options with one line and exit code 2. */
class LeagueCommandsTest {
    private record Outcome(int exitCode, String out, String err) {}

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new SteadyhandCli(dataFolder -> {
                    throw new AssertionError("bad options must be refused before opening the database");
                })
                .run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            server --port 70000                                                    | --port must be 0 to 65535
            server --rate-limit -1                                                 | --rate-limit >= 0
            server --db jdbc:h2:mem:league --db-password-env STEADYHAND_NO_SUCH_VAR | STEADYHAND_NO_SUCH_VAR is not set
            server --db jdbc:nosuchdriver://x                                      | cannot prepare the league database
            league pair --name Rig --server ftp://league                           | not a league server address
            league pair --server league-box                                        | Missing required option: '--name=<name>'
            """)
    void badOptionsExitWithCodeTwoAndOneLine(String args, String message) {
        Outcome outcome = run(args.trim().split(" +"));

        assertThat(outcome.exitCode()).as(outcome.err()).isEqualTo(SteadyhandCli.BAD_INPUT);
        assertThat(outcome.err()).contains(message);
        assertThat(outcome.err().strip().lines()).hasSize(1);
    }
}
