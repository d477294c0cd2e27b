package org.steadyhand.core;

import java.util.Random;
import java.util.UUID;

/** Builds version-7 UUIDs (RFC 9562 section 5.7): 48-bit Unix milliseconds, then random bits. */
final class UuidV7 {
    private UuidV7() {}

    static UUID create(long epochMillis, Random random) {
        long msb = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16;
        msb |= 0x7000L; // version 7
        msb |= random.nextInt(1 << 12);
        long lsb = random.nextLong();
        lsb = (lsb & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L; // IETF variant
        return new UUID(msb, lsb);
    }
}
