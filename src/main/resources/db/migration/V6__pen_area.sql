-- Steadyhand workstation schema, version 6: the working area of a digitizer tablet per device.
-- A device is named by its canonical source spec (e.g. 'hid:056a:0061'), as in device_calibration.
-- working_x_mm = tip_x - left_mm, working_y_mm = tip_y - top_mm.

CREATE TABLE pen_area (
    device_id      VARCHAR(1000) NOT NULL PRIMARY KEY,
    left_mm        DOUBLE PRECISION NOT NULL,   -- tablet mm
    top_mm         DOUBLE PRECISION NOT NULL,
    right_mm       DOUBLE PRECISION NOT NULL,
    bottom_mm      DOUBLE PRECISION NOT NULL,
    calibrated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
