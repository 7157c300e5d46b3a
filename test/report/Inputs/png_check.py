"""Checks a screenshot: a PNG of the given size that shows a drawn page.

    png_check.py shot.png WIDTH HEIGHT

Decodes the PNG with the standard library only (zlib) and samples its
colours: a blank or failed page has a handful, the heap2stack report has
text, green (moved) and red (stays on heap) annotations.  Prints
`png ok W H` or exits non-zero with the reason."""
import struct
import sys
import zlib


def rows(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit("png_check: not a PNG file")
    chunks, i = {}, 8
    while i < len(data):
        (n,) = struct.unpack(">I", data[i:i + 4])
        chunks.setdefault(data[i + 4:i + 8], []).append(data[i + 8:i + 8 + n])
        i += 12 + n
    w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", chunks[b"IHDR"][0])
    if depth != 8 or ctype not in (2, 6) or interlace:
        sys.exit("png_check: unexpected PNG format (depth %d, colour type %d)" % (depth, ctype))
    bpp = 3 if ctype == 2 else 4
    raw = zlib.decompress(b"".join(chunks[b"IDAT"]))
    stride = w * bpp + 1
    prev = bytearray(stride - 1)
    for y in range(h):
        f = raw[y * stride]
        line = bytearray(raw[y * stride + 1:(y + 1) * stride])
        for x in range(len(line)):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        yield line, bpp
        prev = line
    rows.size = (w, h)


def main():
    path, want_w, want_h = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    data = open(path, "rb").read()
    colours = set()
    for line, bpp in rows(data):
        for x in range(0, len(line), bpp):
            colours.add(bytes(line[x:x + 3]))
    w, h = rows.size
    if (w, h) != (want_w, want_h):
        sys.exit("png_check: %dx%d, expected %dx%d" % (w, h, want_w, want_h))
    green = any(g > r + 40 and g > b + 20 for r, g, b in colours)
    red = any(r > g + 40 and r > b + 40 for r, g, b in colours)
    if len(colours) < 20 or not green or not red:
        sys.exit("png_check: the page looks blank (%d colours, green %s, red %s)"
                 % (len(colours), green, red))
    print("png ok", w, h)


main()
