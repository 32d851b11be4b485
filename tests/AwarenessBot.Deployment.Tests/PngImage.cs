using System.Buffers.Binary;
using System.IO.Compression;

namespace AwarenessBot.Deployment.Tests;

/// <summary>A decoded 8-bit RGB or RGBA PNG: enough to check the Teams icons' sizes and pixels.</summary>
internal sealed record PngImage(int Width, int Height, int ColorType, byte[] Rgba)
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public bool HasAlphaChannel => ColorType == 6;

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels() =>
        Enumerable.Range(0, Width * Height).Select(i => Pixel(i % Width, i / Width));

    public static PngImage Decode(byte[] file)
    {
        if (!file.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG file");
        }
        int width = 0, height = 0, colorType = -1;
        using var idat = new MemoryStream();
        for (var offset = 8; offset < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(file, offset + 4, 4);
            var data = file.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                colorType = data[9];
                if (data[8] != 8 || data[12] != 0 || colorType is not (2 or 6))
                {
                    throw new InvalidDataException($"only 8-bit non-interlaced RGB/RGBA is decoded here (bit depth {data[8]}, colour type {colorType})");
                }
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }
            offset += 12 + length;
        }
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }
        return new PngImage(width, height, colorType, Unfilter(inflated.ToArray(), width, height, colorType == 6 ? 4 : 3));
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int bytesPerPixel)
    {
        var stride = width * bytesPerPixel;
        var current = new byte[stride];
        var previous = new byte[stride];
        var rgba = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            Array.Copy(raw, (y * (stride + 1)) + 1, current, 0, stride);
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bytesPerPixel ? current[i - bytesPerPixel] : 0;
                int up = previous[i];
                int upLeft = i >= bytesPerPixel ? previous[i - bytesPerPixel] : 0;
                current[i] = (byte)(current[i] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"unknown PNG filter {filter}"),
                });
            }
            for (var x = 0; x < width; x++)
            {
                var source = x * bytesPerPixel;
                var target = ((y * width) + x) * 4;
                rgba[target] = current[source];
                rgba[target + 1] = current[source + 1];
                rgba[target + 2] = current[source + 2];
                rgba[target + 3] = bytesPerPixel == 4 ? current[source + 3] : (byte)255;
            }
            (previous, current) = (current, previous);
        }
        return rgba;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
