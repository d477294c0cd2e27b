package org.steadyhand.device.hid.descriptor;

import java.util.Map;

/**
 * Names of the HID usages Steadyhand meets (HID Usage Tables 1.5: Generic Desktop 0x01,
 * Simulation 0x02, Generic Device 0x06, Keyboard 0x07, Button 0x09, Ordinal 0x0A, Consumer 0x0C (a
 * few), Digitizer 0x0D, PID 0x0F, Sensor 0x20 (motion sensors and common properties), vendor pages
 * 0xFF00-0xFFFF). Unknown usages are named by page and hexadecimal id. Stateless.
 */
public final class UsageNames {
    private static final Map<Integer, String> PAGES = Map.ofEntries(
            Map.entry(0x01, "Generic Desktop"),
            Map.entry(0x02, "Simulation"),
            Map.entry(0x06, "Generic Device"),
            Map.entry(0x07, "Keyboard"),
            Map.entry(0x08, "LED"),
            Map.entry(0x09, "Button"),
            Map.entry(0x0A, "Ordinal"),
            Map.entry(0x0C, "Consumer"),
            Map.entry(0x0D, "Digitizer"),
            Map.entry(0x0F, "PID"),
            Map.entry(0x20, "Sensor"));

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            // Generic Desktop
            Map.entry(0x010001, "Pointer"),
            Map.entry(0x010002, "Mouse"),
            Map.entry(0x010004, "Joystick"),
            Map.entry(0x010005, "Game Pad"),
            Map.entry(0x010006, "Keyboard"),
            Map.entry(0x010008, "Multi-axis Controller"),
            Map.entry(0x010030, "X"),
            Map.entry(0x010031, "Y"),
            Map.entry(0x010032, "Z"),
            Map.entry(0x010033, "Rx"),
            Map.entry(0x010034, "Ry"),
            Map.entry(0x010035, "Rz"),
            Map.entry(0x010036, "Slider"),
            Map.entry(0x010037, "Dial"),
            Map.entry(0x010038, "Wheel"),
            Map.entry(0x010039, "Hat Switch"),
            Map.entry(0x010040, "Vx"),
            Map.entry(0x010041, "Vy"),
            Map.entry(0x010042, "Vz"),
            // Simulation
            Map.entry(0x0200BA, "Rudder"),
            Map.entry(0x0200BB, "Throttle"),
            Map.entry(0x0200C4, "Accelerator"),
            Map.entry(0x0200C5, "Brake"),
            // Generic Device
            Map.entry(0x060020, "Battery Strength"),
            // Consumer
            Map.entry(0x0C0001, "Consumer Control"),
            Map.entry(0x0C0223, "AC Home"),
            Map.entry(0x0C0224, "AC Back"),
            Map.entry(0x0C0238, "AC Pan"),
            // Digitizer
            Map.entry(0x0D0001, "Digitizer"),
            Map.entry(0x0D0002, "Pen"),
            Map.entry(0x0D0004, "Touch Screen"),
            Map.entry(0x0D0005, "Touch Pad"),
            Map.entry(0x0D0020, "Stylus"),
            Map.entry(0x0D0030, "Tip Pressure"),
            Map.entry(0x0D0031, "Barrel Pressure"),
            Map.entry(0x0D0032, "In Range"),
            Map.entry(0x0D0033, "Touch"),
            Map.entry(0x0D003B, "Battery Strength"),
            Map.entry(0x0D003C, "Invert"),
            Map.entry(0x0D003D, "X Tilt"),
            Map.entry(0x0D003E, "Y Tilt"),
            Map.entry(0x0D0041, "Twist"),
            Map.entry(0x0D0042, "Tip Switch"),
            Map.entry(0x0D0043, "Secondary Tip Switch"),
            Map.entry(0x0D0044, "Barrel Switch"),
            Map.entry(0x0D0045, "Eraser"),
            Map.entry(0x0D005A, "Secondary Barrel Switch"),
            Map.entry(0x0D005B, "Transducer Serial Number"),
            // PID
            Map.entry(0x0F0021, "Set Effect Report"),
            Map.entry(0x0F0050, "Duration"),
            Map.entry(0x0F0070, "Magnitude"),
            Map.entry(0x0F007C, "Loop Count"),
            Map.entry(0x0F0097, "DC Enable Actuators"),
            Map.entry(0x0F00A7, "Start Delay"),
            // Sensor: collections
            Map.entry(0x200001, "Sensor"),
            Map.entry(0x200041, "Light: Ambient Light"),
            Map.entry(0x200073, "Motion: Accelerometer 3D"),
            Map.entry(0x200076, "Motion: Gyrometer 3D"),
            Map.entry(0x200083, "Orientation: Compass 3D"),
            Map.entry(0x200086, "Orientation: Inclinometer 3D"),
            Map.entry(0x20008A, "Orientation: Device Orientation"),
            Map.entry(0x2000E1, "Other: Custom"),
            // Sensor: common fields and properties
            Map.entry(0x200201, "Sensor State"),
            Map.entry(0x200202, "Sensor Event"),
            Map.entry(0x200301, "Friendly Name"),
            Map.entry(0x200305, "Sensor Description"),
            Map.entry(0x20030E, "Report Interval"),
            Map.entry(0x200316, "Reporting State"),
            Map.entry(0x200319, "Power State"),
            Map.entry(0x200451, "Motion State"),
            Map.entry(0x200452, "Acceleration"),
            Map.entry(0x200453, "Acceleration Axis X"),
            Map.entry(0x200454, "Acceleration Axis Y"),
            Map.entry(0x200455, "Acceleration Axis Z"),
            Map.entry(0x200456, "Angular Velocity"),
            Map.entry(0x200457, "Angular Velocity about X Axis"),
            Map.entry(0x200458, "Angular Velocity about Y Axis"),
            Map.entry(0x200459, "Angular Velocity about Z Axis"),
            Map.entry(0x20047F, "Tilt X"),
            Map.entry(0x200480, "Tilt Y"),
            Map.entry(0x200481, "Tilt Z"),
            Map.entry(0x200483, "Quaternion"),
            Map.entry(0x200485, "Magnetic Flux X"),
            Map.entry(0x200486, "Magnetic Flux Y"),
            Map.entry(0x200487, "Magnetic Flux Z"),
            Map.entry(0x2004D1, "Illuminance"),
            Map.entry(0x200541, "Custom Value 1"));

    private UsageNames() {}

    /** The name of {@code usage} ({@code page << 16 | id}). */
    public static String name(int usage) {
        int page = usage >>> 16;
        int id = usage & 0xFFFF;
        String known = NAMES.get(usage);
        if (known != null) {
            return known;
        }
        if (page == 0x09) {
            return "Button " + id;
        }
        if (page == 0x0A) {
            return "Instance " + id;
        }
        if (page >= 0xFF00) {
            return String.format("Vendor 0x%04X:0x%04X", page, id);
        }
        if (page == 0x20 && (id & 0xF000) != 0 && NAMES.containsKey(usage & 0xFFFF0FFF)) {
            // Sensor property modifiers live in the top nibble (HID Sensor Usages §1.2).
            return NAMES.get(usage & 0xFFFF0FFF) + " (modifier " + (id >>> 12) + ")";
        }
        return String.format("%s 0x%04X", pageName(page), id);
    }

    /** The name of a usage page, or {@code Page 0xNNNN}. */
    public static String pageName(int page) {
        if (page >= 0xFF00) {
            return String.format("Vendor 0x%04X", page);
        }
        return PAGES.getOrDefault(page, String.format("Page 0x%04X", page));
    }
}
