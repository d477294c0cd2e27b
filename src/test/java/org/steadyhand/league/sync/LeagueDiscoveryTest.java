package org.steadyhand.league.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.steadyhand.core.BadInputException;
import org.steadyhand.league.server.DiscoveryResponder;

class LeagueDiscoveryTest {
    @Test
    void findsAResponderAndTakesItsAddressFromTheReply() throws Exception {
        try (DiscoveryResponder responder = DiscoveryResponder.start(0, 18_470)) {
            List<URI> found = LeagueDiscovery.discover(
                    List.of(InetAddress.getLoopbackAddress()), responder.udpPort(), Duration.ofSeconds(2));

            assertThat(found).containsExactly(URI.create("http://127.0.0.1:18470/"));
        }
    }

    @Test
    void findsNothingWhenNoServerAnswers() throws Exception {
        List<URI> found;
        try (java.net.DatagramSocket silent = new java.net.DatagramSocket(0)) {
            found = LeagueDiscovery.discover(
                    List.of(InetAddress.getLoopbackAddress()), silent.getLocalPort(), Duration.ofMillis(300));
        }

        assertThat(found).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            192.168.1.20,              http://192.168.1.20:8470/
            league-box:9000,           http://league-box:9000/
            https://league.clinic.lan, https://league.clinic.lan:8470/
            ' 10.0.0.5:8470 ',         http://10.0.0.5:8470/
            """)
    void typedAddressesBecomeServerUrls(String typed, String expected) {
        assertThat(LeagueDiscovery.parseTyped(typed)).isEqualTo(URI.create(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ftp://host", "http://", "::::"})
    void nonsenseAddressesAreRefusedWithAMessage(String typed) {
        assertThatThrownBy(() -> LeagueDiscovery.parseTyped(typed))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("address");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            STEADYHAND-LEAGUE v1 port=8470, 8470
            STEADYHAND-LEAGUE v1 port=0,    -1
            STEADYHAND-LEAGUE v1 port=x,    -1
            HELLO,                          -1
            """)
    void repliesAreParsedStrictly(String reply, int port) {
        assertThat(LeagueDiscovery.parseReply(reply).orElse(-1)).isEqualTo(port);
    }
}
