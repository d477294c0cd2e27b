package org.steadyhand.league.server;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server's TLS key and self-signed certificate in a PKCS#12 key store, made once with the JDK's
 * {@code keytool} (an EC P-256 key, valid 10 years, names localhost, 127.0.0.1 and this host) and
 * reused afterwards. The key store password is random and kept beside it, readable by the owner
 * only.
 *
 * @param keyStore the PKCS#12 file
 * @param password its password
 */
public record SelfSignedCertificate(Path keyStore, String password) {
    /** The key store at {@code keyStore}, generated first if it does not exist. */
    public static SelfSignedCertificate ensure(Path keyStore) throws IOException, InterruptedException {
        Path passwordFile = keyStore.resolveSibling(keyStore.getFileName() + ".password");
        if (Files.exists(keyStore) && Files.exists(passwordFile)) {
            return new SelfSignedCertificate(
                    keyStore, Files.readString(passwordFile).trim());
        }
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        if (!Files.isExecutable(keytool)) {
            throw new IOException("cannot make a TLS certificate: this Java runtime has no keytool (" + keytool + ")");
        }
        Files.createDirectories(keyStore.toAbsolutePath().getParent());
        Files.deleteIfExists(keyStore);
        String host = InetAddress.getLocalHost().getHostName();
        Process process = new ProcessBuilder(List.of(
                        keytool.toString(),
                        "-genkeypair",
                        "-alias",
                        "league",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=steadyhand-league",
                        "-ext",
                        "SAN=dns:localhost,ip:127.0.0.1,dns:" + host,
                        "-validity",
                        "3650",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keyStore.toString(),
                        "-storepass",
                        password,
                        "-keypass",
                        password))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool could not make the TLS certificate: " + output.strip());
        }
        Files.writeString(passwordFile, password);
        try {
            Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
            Files.setPosixFilePermissions(keyStore, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the data folder's own permissions apply.
        }
        return new SelfSignedCertificate(keyStore, password);
    }
}
