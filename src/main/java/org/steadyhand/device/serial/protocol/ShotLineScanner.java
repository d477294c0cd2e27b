package org.steadyhand.device.serial.protocol;

/**
 * Finds the shot number, miss flag and position in one freETarget line (format in {@link
 * FreeTargetProtocol}). Walks {@code "key" : value} pairs after the first {@code {}, tolerating
 * trailing commas, stray characters and unknown keys; string values are skipped whole, so a
 * target name cannot be mistaken for a key.
 *
 * <p>Not thread-safe: one per decoder; the position of the last {@link Result#SHOT} stays readable
 * until the next scan.
 */
final class ShotLineScanner {
    enum Result {
        SHOT,
        MISS,
        NOT_A_SHOT,
        BAD_SHOT
    }

    private final AsciiDecimal number = new AsciiDecimal();
    private boolean hasShot;
    private boolean miss;
    private double x;
    private double y;
    private double radius;
    private double angleDegrees;
    private int found; // bits: 1 x, 2 y, 4 r, 8 a

    Result scan(byte[] bytes, int from, int to) {
        hasShot = false;
        miss = false;
        found = 0;
        int i = from;
        while (i < to && bytes[i] != '{') {
            i++;
        }
        if (i == to) {
            return Result.NOT_A_SHOT;
        }
        while (true) {
            while (i < to && bytes[i] != '"') {
                i++;
            }
            if (i >= to) {
                break;
            }
            int keyStart = ++i;
            while (i < to && bytes[i] != '"') {
                i++;
            }
            if (i >= to) {
                break;
            }
            int keyEnd = i++;
            i = skipSpaces(bytes, i, to);
            if (i >= to || bytes[i] != ':') {
                continue; // a stray quote: resume looking for the next key from here
            }
            i = skipSpaces(bytes, i + 1, to);
            if (i < to && bytes[i] == '"') { // a string value: skip it whole
                i++;
                while (i < to && bytes[i] != '"') {
                    i++;
                }
                i++;
                continue;
            }
            int valueStart = i;
            while (i < to && bytes[i] != ',' && bytes[i] != '}' && bytes[i] != ' ') {
                i++;
            }
            value(bytes, keyStart, keyEnd, valueStart, i);
        }
        if (!hasShot) {
            return Result.NOT_A_SHOT;
        }
        if (miss) {
            return Result.MISS;
        }
        if ((found & 3) == 3) {
            return Result.SHOT;
        }
        if ((found & 12) == 12) {
            double radians = Math.toRadians(angleDegrees);
            x = radius * Math.cos(radians);
            y = radius * Math.sin(radians);
            return Result.SHOT;
        }
        return Result.BAD_SHOT;
    }

    double xMm() {
        return x;
    }

    double yMm() {
        return y;
    }

    private void value(byte[] bytes, int keyStart, int keyEnd, int valueStart, int valueEnd) {
        int keyLength = keyEnd - keyStart;
        if (keyLength == 1) {
            int bit = switch (bytes[keyStart]) {
                case 'x' -> 1;
                case 'y' -> 2;
                case 'r' -> 4;
                case 'a' -> 8;
                default -> 0;
            };
            if (bit == 0 || !number.parse(bytes, valueStart, valueEnd)) {
                return;
            }
            double v = number.value();
            switch (bit) {
                case 1 -> x = v;
                case 2 -> y = v;
                case 4 -> radius = v;
                default -> angleDegrees = v;
            }
            found |= bit;
        } else if (is(bytes, keyStart, keyLength, "shot")) {
            hasShot = true;
        } else if (is(bytes, keyStart, keyLength, "miss")) {
            miss = number.parse(bytes, valueStart, valueEnd) && number.value() != 0;
        }
    }

    private static boolean is(byte[] bytes, int start, int length, String key) {
        if (length != key.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (bytes[start + i] != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int skipSpaces(byte[] bytes, int i, int to) {
        while (i < to && (bytes[i] == ' ' || bytes[i] == '\t')) {
            i++;
        }
        return i;
    }
}
