package org.steadyhand.league.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsTest {
    @TempDir
    Path folder;

    @Test
    void serverSpeaksHttpsWithItsGeneratedCertificateAndReusesIt() throws Exception {
        Path keyStore = folder.resolve("tls/league.p12");
        SelfSignedCertificate certificate = SelfSignedCertificate.ensure(keyStore);
        SelfSignedCertificate again = SelfSignedCertificate.ensure(keyStore);
        LeagueStore store = LeagueStore.open("jdbc:h2:file:" + folder.resolve("league"), "sa", "");
        try (store;
                LeagueServer server =
                        LeagueServer.start(store, RunningLeague.unlimited().withTls(certificate), Clock.systemUTC())) {
            URI health = URI.create("https://127.0.0.1:" + server.port() + "/health");

            HttpResponse<String> trusted = HttpClient.newBuilder()
                    .sslContext(trusting(certificate))
                    .build()
                    .send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(trusted.statusCode()).isEqualTo(200);
            assertThat(trusted.body()).contains("\"status\":\"up\"");
            assertThat(again.password()).isEqualTo(certificate.password());
            assertThat(Files.readString(keyStore.resolveSibling("league.p12.password")))
                    .isEqualTo(certificate.password());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> HttpClient.newHttpClient()
                            .send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(SSLHandshakeException.class);
        }
    }

    private static SSLContext trusting(SelfSignedCertificate certificate) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(certificate.keyStore())) {
            keys.load(in, certificate.password().toCharArray());
        }
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("league", keys.getCertificate("league"));
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
