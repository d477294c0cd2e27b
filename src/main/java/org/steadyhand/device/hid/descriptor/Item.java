package org.steadyhand.device.hid.descriptor;

/**
 * One short item of a report descriptor (HID 1.11 §6.2.2.2).
 *
 * @param tag bTag, 0..15
 * @param type bType: 0 main, 1 global, 2 local
 * @param size data bytes, 0, 1, 2 or 4
 * @param unsigned the data little-endian, zero-extended
 * @param signed the data little-endian, sign-extended from its size
 * @param offset byte offset of the item's prefix
 */
record Item(int tag, int type, int size, long unsigned, long signed, int offset) {}
