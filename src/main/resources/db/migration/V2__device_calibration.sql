-- Steadyhand workstation schema, version 2: force calibration per device and channel.
-- A device is named by its canonical source spec (e.g. 'serial:mark10:/dev/ttyUSB0'), so a gauge
-- keeps its calibration across sessions as long as it is plugged in the same way.
-- force_mN = (raw - zero_offset) * scale_mn_per_raw.

CREATE TABLE device_calibration (
    device_id         VARCHAR(1000) NOT NULL,
    channel_name      VARCHAR(64) NOT NULL,
    zero_offset       DOUBLE PRECISION NOT NULL,   -- raw units
    scale_mn_per_raw  DOUBLE PRECISION NOT NULL,   -- mN per raw unit, non-zero
    reference_mass_g  DOUBLE PRECISION,            -- the known mass used, grams; NULL if entered by hand
    raw_unit          VARCHAR(32) NOT NULL,        -- what the raw readings are, e.g. 'counts', 'gf'
    calibrated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (device_id, channel_name)
);
