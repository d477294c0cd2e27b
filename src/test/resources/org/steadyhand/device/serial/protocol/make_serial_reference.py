#!/usr/bin/env python3
"""Reference vectors for the serial protocol tests, computed independently of the Java code.

- crc16_vectors.csv: CRC-16/CCITT-FALSE by Python's binascii.crc_hqx(data, 0xFFFF).
- firmware_frames.csv: Steadyhand v1 frames packed with struct (little-endian) per
  drivers/firmware/PROTOCOL.md, with the values a decoder must give (exact fractions, then float).
- force_units.csv: gauge reply lines and their force in mN, computed with exact fractions
  (lbf = 0.45359237 kg * 9.80665 m/s^2, ozf = lbf / 16, gf = 9.80665 mN).

Run from this folder: python3 make_serial_reference.py
"""
import binascii
import csv
import math
import struct
from fractions import Fraction

G = Fraction("9.80665")
LBF_MN = Fraction("0.45359237") * G * 1000
UNITS_MN = {
    "mN": Fraction(1), "N": Fraction(1000), "kN": Fraction(1000000),
    "gF": G, "kgF": G * 1000, "lbF": LBF_MN, "ozF": LBF_MN / 16,
}


def crc(data: bytes) -> int:
    return binascii.crc_hqx(data, 0xFFFF)


def frame(seq, micros, flags, force_un, accel, gyro, version=1):
    payload = struct.pack("<HIBi3h3h", seq, micros, flags, force_un, *accel, *gyro)
    body = bytes([version, len(payload)]) + payload
    return bytes([0xA5, 0x5A]) + body + struct.pack("<H", crc(body))


def write_crc():
    inputs = [b"123456789", b"", b"A", bytes(range(256)),
              frame(0, 0, 0, 0, (0, 0, 0), (0, 0, 0))[2:-2]]
    with open("crc16_vectors.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["input_hex", "crc_hex"])
        for data in inputs:
            w.writerow([data.hex(), "%04x" % crc(data)])


def write_frames():
    cases = [
        (0, 0, 0, 0, (0, 0, 0), (0, 0, 0)),
        (1, 1000, 0, 7_500, (0, 0, 8192), (0, 0, 0)),
        (65535, 4294967295, 0, -123_456_789, (-32768, 32767, -1), (655, -655, 32767)),
        (42, 123456789, 0, 2147483647, (100, -200, 300), (-32768, 1, -1)),
        (7, 5, 0, -2147483648, (8192, -8192, 4096), (65, 131, -6550)),
    ]
    with open("firmware_frames.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["frame_hex", "sequence", "device_micros", "force_mN",
                    "accel_x", "accel_y", "accel_z", "gyro_x", "gyro_y", "gyro_z"])
        for seq, micros, flags, force, accel, gyro in cases:
            accel_ms2 = [float(Fraction(a) * G / 8192) for a in accel]
            gyro_rads = [g / 65.5 * math.pi / 180 for g in gyro]
            w.writerow([frame(seq, micros, flags, force, accel, gyro).hex(), seq, micros,
                        repr(float(Fraction(force, 1000)))]
                       + [repr(v) for v in accel_ms2] + [repr(v) for v in gyro_rads])


def write_units():
    rows = []
    mark10 = [("4.285", "N"), ("-18.78", "lbF"), ("0.5", "mN"), ("12.34", "kN"), ("250.0", "gF"),
              ("1.250", "kgF"), ("-3.75", "ozF"), ("+0.001", "N"), ("100", "lbF"), ("0.0", "N")]
    for value, unit in mark10:
        rows.append(("mark10", f"{value} {unit}", float(Fraction(value) * UNITS_MN[unit])))
    rows.append(("mark10", "2.5 lbf", float(Fraction("2.5") * UNITS_MN["lbF"])))
    rows.append(("mark10", "7.25 LB", float(Fraction("7.25") * UNITS_MN["lbF"])))
    rows.append(("mark10", "3 MN", float(Fraction(3) * UNITS_MN["mN"])))
    imada = {"N": "N", "K": "kgF", "O": "lbF"}
    for text, letter in [("+123.4", "N"), ("-0.25", "N"), ("+2.000", "K"), ("-11.00", "O"), ("0.073", "N")]:
        rows.append(("imada-large", f"{text}{letter}TO", float(Fraction(text) * UNITS_MN[imada[letter]])))
    small = {"N": "N", "K": "gF", "O": "ozF"}
    for text, letter in [("+200.0", "K"), ("-7.000", "O"), ("+1.234", "N")]:
        rows.append(("imada-small", f"{text}{letter}PH", float(Fraction(text) * UNITS_MN[small[letter]])))
    with open("force_units.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["protocol", "line", "force_mN"])
        for protocol, line, mn in rows:
            w.writerow([protocol, line, repr(mn)])


if __name__ == "__main__":
    write_crc()
    write_frames()
    write_units()
