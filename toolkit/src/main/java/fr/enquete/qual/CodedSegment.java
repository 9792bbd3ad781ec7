package fr.enquete.qual;

/** A segment and one of its codes. */
public record CodedSegment(Segment segment, Code code) {
}
