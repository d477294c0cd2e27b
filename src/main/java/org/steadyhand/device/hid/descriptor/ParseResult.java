package org.steadyhand.device.hid.descriptor;

/**
 * What {@link DescriptorParser#parse} gives: the descriptor, or why it was rejected. The parser
 * never throws on bad bytes; a rejection names the item and byte offset.
 */
public sealed interface ParseResult {
    record Parsed(ReportDescriptor descriptor) implements ParseResult {}

    /**
     * @param reason plain sentence, e.g. "truncated item at byte 12: needs 2 data bytes, 1 left"
     * @param byteOffset offset of the offending item in the descriptor
     */
    record Rejected(String reason, int byteOffset) implements ParseResult {}
}
