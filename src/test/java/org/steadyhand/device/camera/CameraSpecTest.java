package org.steadyhand.device.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.device.SourceSpec;

class CameraSpecTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // spec | location left for the camera | fps | target
                "camera:mjpeg:http://cam/?action=stream                      | http://cam/?action=stream  | 2   | ''",
                "camera:mjpeg:http://cam/?action=stream&target=air-pistol-10m | http://cam/?action=stream  | 2   | air-pistol-10m",
                "camera:snapshot:http://cam/snap.jpg?fps=5                    | http://cam/snap.jpg        | 5   | ''",
                "camera:snapshot:http://cam/snap?res=hi&FPS=0.5&user=a        | http://cam/snap?res=hi&user=a | 0.5 | ''",
                "camera:folder:/srv/photos?target=rifle-50m                   | /srv/photos                | 2   | rifle-50m",
            })
    void steadyhandOptionsAreTakenOutAndTheCamerasOwnAreKept(String spec, String location, double fps, String target) {
        CameraSpec parsed = CameraSpec.of((SourceSpec.Camera) SourceSpec.parse(spec));

        assertThat(parsed.location()).isEqualTo(location);
        assertThat(parsed.framesPerSecond()).isEqualTo(fps);
        assertThat(parsed.targetId()).isEqualTo(Optional.of(target).filter(t -> !t.isEmpty()));
    }
}
