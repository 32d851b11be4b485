#!/usr/bin/env python3
"""Draws the AwarenessBot Teams icons (a speech bubble holding a heart) with the standard library only.

color.png   192x192: white bubble and accent heart on the accent colour (manifest accentColor).
outline.png  32x32: white bubble outline and heart on a transparent background, as Teams asks.
Run from anywhere: python3 deploymentTemplates/teams/make-icons.py
"""
import os
import struct
import zlib

ACCENT = (0x2B, 0x57, 0x9A)  # keep equal to accentColor in manifest.json
WHITE = (255, 255, 255)
SAMPLES = 4  # supersampling per axis, for smooth edges


def rounded_rect(x, y, left, top, right, bottom, radius):
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 and left <= x <= right and top <= y <= bottom


def in_triangle(x, y, a, b, c):
    def side(p, q):
        return (x - q[0]) * (p[1] - q[1]) - (p[0] - q[0]) * (y - q[1])
    d1, d2, d3 = side(a, b), side(b, c), side(c, a)
    return not ((d1 < 0 or d2 < 0 or d3 < 0) and (d1 > 0 or d2 > 0 or d3 > 0))


def bubble(x, y, inset=0.0):
    """Speech bubble in unit coordinates; inset shrinks it (used to cut the outline's hole)."""
    body = rounded_rect(x, y, 0.08 + inset, 0.12 + inset, 0.92 - inset, 0.74 - inset, 0.16 - inset / 2)
    tail = in_triangle(x, y, (0.24 + inset, 0.70), (0.46 - inset, 0.70), (0.20 + inset / 2, 0.90 - inset * 1.6))
    return body or tail


def heart(x, y, scale=0.21):
    # (u^2 + v^2 - 1)^3 - u^2 v^3 <= 0, centred in the bubble.
    u = (x - 0.5) / scale
    v = -(y - 0.45) / scale + 0.15
    return (u * u + v * v - 1) ** 3 - u * u * v ** 3 <= 0


def render(size, shade):
    """shade(x, y) -> (r, g, b, a) for a point in unit coordinates; averaged over SAMPLES^2 points."""
    rows = []
    for py in range(size):
        row = bytearray([0])  # PNG filter type 0 (none)
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    r, g, b, a = shade((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size)
                    acc = [acc[0] + r * a, acc[1] + g * a, acc[2] + b * a, acc[3] + a]
            n = SAMPLES * SAMPLES
            alpha = acc[3] / n
            rgb = [round(c / acc[3]) if acc[3] else 0 for c in acc[:3]]
            row += bytes(rgb + [round(alpha)])
        rows.append(bytes(row))
    return rows


def color_shade(x, y):
    if heart(x, y):
        return ACCENT + (255,)
    if bubble(x, y):
        return WHITE + (255,)
    return ACCENT + (255,)


def outline_shade(x, y):
    # White strokes only; everything else fully transparent (Teams tints the outline icon itself).
    if heart(x, y, scale=0.15) or (bubble(x, y) and not bubble(x, y, inset=0.09)):
        return WHITE + (255,)
    return (0, 0, 0, 0)


def write_png(path, size, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    write_png(os.path.join(here, "color.png"), 192, render(192, color_shade))
    write_png(os.path.join(here, "outline.png"), 32, render(32, outline_shade))
