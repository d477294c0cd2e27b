package org.steadyhand.device.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import org.steadyhand.device.DeviceException;
import org.steadyhand.device.serial.protocol.SerialSettings;

/**
 * One open serial port, through jSerialComm: the only class that reads and writes bytes. It turns
 * jSerialComm's int constants, {@code false} and {@code -1} returns into our settings type and
 * {@link DeviceException}s with a plain message naming the port.
 *
 * <p>Reads are semi-blocking: {@link #read} waits at most {@link #READ_TIMEOUT_MILLIS} for the
 * first byte and returns what has arrived. A lost device shows up as a failed read or write (on
 * Linux the read returns -1 once the tty hangs up); jSerialComm's {@code isOpen()} stays true
 * after an unplug, so it is never consulted, and no disconnect listener is registered (its event
 * repeats in a tight loop until the port is closed).
 *
 * <p>Threading: one thread reads; another may write at the same time (the poll writer); {@link
 * #close} may be called from any thread, and unblocks a pending read.
 */
public final class SerialLink implements AutoCloseable {
    /** Longest wait in {@link #read}: short, so batches flush on time and stop() is quick. */
    public static final int READ_TIMEOUT_MILLIS = 10;
    /** A write that cannot drain in this time means the device stopped reading or went away. */
    private static final int WRITE_TIMEOUT_MILLIS = 500;

    private final SerialPort port;
    private final String portName;
    private volatile boolean closed;

    private SerialLink(SerialPort port, String portName) {
        this.port = port;
        this.portName = portName;
    }

    /**
     * Opens {@code portName} (a system name such as {@code ttyUSB0} or {@code COM3}, or a path,
     * including a symlink to a pty) with {@code settings}.
     *
     * @throws DeviceException if the port does not exist, is busy, is not ours to open, or refuses
     *     the settings; the message says which and what to do
     */
    public static SerialLink open(String portName, SerialSettings settings) throws DeviceException {
        if (!SerialPorts.present(portName)) {
            throw new DeviceException("serial port " + portName
                    + " was not found; check that the instrument is plugged in ('steadyhand devices' lists the ports)");
        }
        SerialPort port;
        try {
            port = SerialPort.getCommPort(portName);
        } catch (SerialPortInvalidPortException e) {
            throw new DeviceException("'" + portName + "' is not a serial port name or path", e);
        }
        port.setComPortParameters(
                settings.baud(), settings.dataBits(), stopBitsOf(settings), parityOf(settings.parity()));
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(
                SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                READ_TIMEOUT_MILLIS,
                WRITE_TIMEOUT_MILLIS);
        if (!port.openPort()) {
            throw new DeviceException(
                    "could not open serial port " + portName + ": " + openError(port.getLastErrorCode()));
        }
        return new SerialLink(port, portName);
    }

    /** The port as the user named it. */
    public String portName() {
        return portName;
    }

    /** The OS's name for the device behind the port, e.g. {@code CP2102 USB to UART Bridge}. */
    public String deviceDescription() {
        String description = port.getPortDescription();
        return description == null || description.isBlank() ? port.getSystemPortPath() : description.strip();
    }

    /**
     * Reads what has arrived into {@code buffer}, waiting at most {@link #READ_TIMEOUT_MILLIS} for
     * the first byte.
     *
     * @return the number of bytes read, 0 if none arrived in time
     * @throws DeviceException if the port failed or went away (unplugged, closed)
     */
    public int read(byte[] buffer) throws DeviceException {
        if (closed) {
            throw new DeviceException("serial port " + portName + " is closed");
        }
        int n = port.readBytes(buffer, buffer.length);
        if (n < 0) {
            throw new DeviceException("serial port " + portName + " stopped answering reads (unplugged?)"
                    + errorDetail(port.getLastErrorCode()));
        }
        return n;
    }

    /**
     * Writes all of {@code bytes}.
     *
     * @throws DeviceException if the port failed, went away or did not take them in time
     */
    public void write(byte[] bytes) throws DeviceException {
        if (closed) {
            throw new DeviceException("serial port " + portName + " is closed");
        }
        int written = port.writeBytes(bytes, bytes.length);
        if (written != bytes.length) {
            throw new DeviceException("serial port " + portName + " did not take a " + bytes.length + "-byte write"
                    + errorDetail(port.getLastErrorCode()));
        }
    }

    /** Closes the port; idempotent, safe from any thread. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            port.closePort();
        }
    }

    private static int stopBitsOf(SerialSettings settings) {
        return settings.stopBits() == 2 ? SerialPort.TWO_STOP_BITS : SerialPort.ONE_STOP_BIT;
    }

    private static int parityOf(SerialSettings.Parity parity) {
        return switch (parity) {
            case NONE -> SerialPort.NO_PARITY;
            case ODD -> SerialPort.ODD_PARITY;
            case EVEN -> SerialPort.EVEN_PARITY;
            case MARK -> SerialPort.MARK_PARITY;
            case SPACE -> SerialPort.SPACE_PARITY;
        };
    }

    /** jSerialComm reports the OS error number (errno on Unix) of the failed call. */
    private static String openError(int code) {
        return switch (code) {
            case 13 -> "permission denied; install the udev rules in drivers/linux or join the 'dialout' group";
            case 16 -> "the port is in use by another program; close it (serial monitor, modem manager) and retry";
            case 2 -> "the port disappeared; plug the instrument in again";
            default -> "the operating system refused" + errorDetail(code);
        };
    }

    private static String errorDetail(int code) {
        return code == 0 ? "" : " (OS error " + code + ")";
    }
}
