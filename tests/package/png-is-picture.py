#!/usr/bin/env python3
"""Checks that a PNG is a real picture of a window, not a blank or broken one.

    png-is-picture.py FILE WIDTH HEIGHT

Decodes the PNG with the standard library alone (8-bit RGB or RGBA, not interlaced, as Qt writes
them) and fails unless it is WIDTH x HEIGHT, has many colours, is not mostly one colour, and has
dark pixels (text) on light ones. Exits 1 with the reason.
"""
import struct
import sys
import zlib


def fail(message):
    print(f"png-is-picture: {sys.argv[1]}: {message}", file=sys.stderr)
    sys.exit(1)


def pixels(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail("not a PNG")
    position, header, compressed = 8, None, b""
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            compressed += body
        position += 12 + length
    width, height, depth, colour_type, _, _, interlace = header
    if depth != 8 or colour_type not in (2, 6) or interlace:
        fail(f"unexpected PNG kind (depth {depth}, colour type {colour_type}, interlace {interlace})")
    channels = 3 if colour_type == 2 else 4
    raw = zlib.decompress(compressed)
    stride = width * channels
    previous = bytearray(stride)
    rows = []
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up = previous[x]
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                corner = previous[x - channels] if x >= channels else 0
                estimate = left + up - corner
                distances = (abs(estimate - left), abs(estimate - up), abs(estimate - corner))
                line[x] = (line[x] + (left, up, corner)[distances.index(min(distances))]) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    with open(sys.argv[1], "rb") as file:
        width, height, channels, rows = pixels(file.read())
    if (width, height) != (int(sys.argv[2]), int(sys.argv[3])):
        fail(f"{width}x{height}, not {sys.argv[2]}x{sys.argv[3]}")
    counts = {}
    for row in rows:
        for x in range(0, len(row), channels):
            colour = row[x:x + 3]
            counts[colour] = counts.get(colour, 0) + 1
    total = width * height
    commonest = max(counts.values())
    dark = sum(count for colour, count in counts.items() if sum(colour) < 3 * 90)
    light = sum(count for colour, count in counts.items() if sum(colour) > 3 * 200)
    summary = (f"{width}x{height}, {len(counts)} colours, the commonest on {100 * commonest // total}% "
               f"of it, {100 * dark / total:.1f}% dark and {100 * light // total}% light")
    if len(counts) < 64 or commonest > 0.9 * total or dark < 0.002 * total or light < 0.2 * total:
        fail("not a picture of a window: " + summary)
    print(f"{sys.argv[1]}: {summary}")


main()
