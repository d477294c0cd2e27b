package org.steadyhand.cli;

import picocli.CommandLine.Command;

/**
 * {@code steadyhand hid}: tools for USB HID devices. Only groups its subcommands; called alone,
 * picocli reports the missing subcommand (exit code 2).
 */
@Command(
        name = "hid",
        mixinStandardHelpOptions = true,
        description = "USB HID devices: decode recordings.",
        subcommands = {HidDecodeCommand.class})
final class HidCommand {}
