package org.steadyhand.device.camera;

import org.steadyhand.core.GreyImage;

/**
 * One decoded camera frame. Only frames that came from the camera and decoded are ever made into
 * one: there is no placeholder frame.
 *
 * @param timeNanos session time the frame arrived (the camera's own exposure time is not known)
 * @param image the frame as grey levels
 */
public record CameraFrame(long timeNanos, GreyImage image) {
    public CameraFrame {
        if (image == null) {
            throw new IllegalArgumentException("a camera frame needs an image");
        }
    }
}
