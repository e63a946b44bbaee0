namespace ThumbnailService.EndToEnd.Tests.Reliability.Corpus;

/// <summary>
/// A flat-colour baseline JPEG with four components (C, M, Y, K) and an Adobe APP14 marker (transform 0), stored
/// inverted as Photoshop writes it. ImageSharp 2.1 cannot encode CMYK, so this writes the few markers and DC-only blocks itself.
/// </summary>
internal static class CmykJpeg
{
    public static byte[] Create(int width, int height, byte cyan, byte magenta, byte yellow, byte black)
    {
        using var jpeg = new MemoryStream();
        jpeg.Write([0xFF, 0xD8]);
        Segment(jpeg, 0xEE, [(byte)'A', (byte)'d', (byte)'o', (byte)'b', (byte)'e', 0, 100, 0, 0, 0, 0, 0]);
        Segment(jpeg, 0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]);
        Segment(jpeg, 0xC0, [8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 4, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0, 4, 0x11, 0]);
        // DC table 0: categories 0-11, all 4-bit codes. AC table 0: EOB (00) and one unused symbol (01).
        Segment(jpeg, 0xC4, [0x00, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
            0x10, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00, 0x01]);
        Segment(jpeg, 0xDA, [4, 1, 0, 2, 0, 3, 0, 4, 0, 0, 63, 0]);
        jpeg.Write(Scan(width, height, [(byte)(255 - cyan), (byte)(255 - magenta), (byte)(255 - yellow), (byte)(255 - black)]));
        jpeg.Write([0xFF, 0xD9]);
        return jpeg.ToArray();
    }

    private static byte[] Scan(int width, int height, byte[] stored)
    {
        var bits = new BitSink();
        var blocks = ((width + 7) / 8) * ((height + 7) / 8);
        for (var block = 0; block < blocks; block++)
        {
            foreach (var value in stored)
            {
                var dc = block == 0 ? 8 * (value - 128) : 0; // DC difference; flat blocks after the first repeat it
                var category = dc == 0 ? 0 : 32 - int.LeadingZeroCount(Math.Abs(dc));
                bits.Write(category, 4);
                bits.Write(dc >= 0 ? dc : dc + (1 << category) - 1, category);
                bits.Write(0b00, 2); // EOB
            }
        }

        return bits.Finish();
    }

    private static void Segment(Stream jpeg, byte marker, byte[] body)
    {
        jpeg.Write([0xFF, marker, (byte)((body.Length + 2) >> 8), (byte)(body.Length + 2)]);
        jpeg.Write(body);
    }

    private sealed class BitSink
    {
        private readonly List<byte> _bytes = [];
        private int _accumulator;
        private int _count;

        public void Write(int value, int length)
        {
            for (var i = length - 1; i >= 0; i--)
            {
                _accumulator = (_accumulator << 1) | ((value >> i) & 1);
                if (++_count == 8)
                {
                    Flush();
                }
            }
        }

        public byte[] Finish()
        {
            while (_count != 0)
            {
                Write(1, 1);
            }

            return [.. _bytes];
        }

        private void Flush()
        {
            _bytes.Add((byte)_accumulator);
            if (_accumulator == 0xFF)
            {
                _bytes.Add(0);
            }

            _accumulator = 0;
            _count = 0;
        }
    }
}
