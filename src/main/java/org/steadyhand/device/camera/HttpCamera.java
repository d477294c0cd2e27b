package org.steadyhand.device.camera;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.Locale;
import org.steadyhand.core.BadInputException;

/** The HTTP details the MJPEG and snapshot sources share. Stateless. */
final class HttpCamera {
    /** A LAN camera answers within this, or it is not there. */
    static final int CONNECT_TIMEOUT_MILLIS = 3000;

    /** Cameras send several frames a second; this long without a byte means the camera is gone. */
    static final int READ_TIMEOUT_MILLIS = 5000;

    private HttpCamera() {}

    /** {@code url} if it is an absolute http(s) URL; a {@link BadInputException} otherwise. */
    static URI checked(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new BadInputException("camera URL '" + url + "' must be an http:// or https:// URL with a host");
        }
        return url;
    }

    static HttpURLConnection open(URI url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
        connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
        connection.setReadTimeout(READ_TIMEOUT_MILLIS);
        connection.setUseCaches(false);
        return connection;
    }

    static void requireOk(HttpURLConnection connection, String what) throws IOException {
        int status = connection.getResponseCode();
        if (status != HttpURLConnection.HTTP_OK) {
            throw new IOException(what + " answered HTTP " + status
                    + (connection.getResponseMessage() == null ? "" : " " + connection.getResponseMessage()));
        }
    }
}
