package org.steadyhand.device.serial;

/** A serial port that appeared or disappeared since the {@link SerialPortMonitor}'s last look. */
public sealed interface PortChange {
    SerialPortInfo port();

    /** Plugged in (or first seen). */
    record Appeared(SerialPortInfo port) implements PortChange {}

    /** Unplugged. */
    record Disappeared(SerialPortInfo port) implements PortChange {}
}
