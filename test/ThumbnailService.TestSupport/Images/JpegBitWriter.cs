namespace ThumbnailService.TestSupport.Images;

/// <summary>Marker segments and Huffman-coded blocks for <see cref="BaselineJpegWriter"/>; byte stuffing and RSTn included.</summary>
internal sealed class JpegBitWriter
{
    // DC: categories 0-2 get 2-bit codes, 3-11 get 6-bit codes. AC: symbols 0x00, 0x01, 0x02 get 2 bits, the other 159 get 10.
    private static readonly byte[] DcSymbols = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly byte[] AcSymbols = [0x00, 0x01, 0x02, .. Enumerable.Range(0, 16).SelectMany(r => Enumerable.Range(1, 10).Select(s => (byte)((r << 4) | s))).Where(b => b is not (0x01 or 0x02)), 0xF0];
    private readonly List<byte> _out = [];
    private readonly Dictionary<int, (int Code, int Length)> _dc = Codes(DcSymbols, 2, 3, 6);
    private readonly Dictionary<int, (int Code, int Length)> _ac = Codes(AcSymbols, 2, 3, 10);
    private uint _bits;
    private int _count;

    public void Headers(int width, int height, int components, int lumaH, int lumaV, int[][] quant, int[] zigzag, int restartInterval)
    {
        _out.AddRange([0xFF, 0xD8]);
        for (int t = 0; t < 2; t++)
        {
            Segment(0xDB, [(byte)t, .. Enumerable.Range(0, 64).Select(k => (byte)quant[t][zigzag[k]])]);
        }

        var sof = new List<byte> { 8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, (byte)components };
        for (int c = 0; c < components; c++)
        {
            sof.AddRange([(byte)(c + 1), (byte)(c == 0 ? (lumaH << 4) | lumaV : 0x11), (byte)(c == 0 ? 0 : 1)]);
        }

        Segment(0xC0, [.. sof]);
        Segment(0xC4, [0x00, .. Counts(2, 3, 6, 9), .. DcSymbols, 0x10, .. Counts(2, 3, 10, 159), .. AcSymbols]);
        if (restartInterval > 0)
        {
            Segment(0xDD, [(byte)(restartInterval >> 8), (byte)restartInterval]);
        }

        var sos = new List<byte> { (byte)components };
        for (int c = 0; c < components; c++)
        {
            sos.AddRange([(byte)(c + 1), 0x00]);
        }

        Segment(0xDA, [.. sos, 0, 63, 0]);
    }

    public void RestartIfDue(int mcu, int interval, ref int prediction)
    {
        if (interval > 0 && mcu > 0 && mcu % interval == 0)
        {
            FlushToByte();
            _out.AddRange([0xFF, (byte)(0xD0 + (((mcu / interval) - 1) % 8))]);
            prediction = 0;
        }
    }

    public void Block(int[] zigzagCoefficients, ref int prediction)
    {
        int diff = zigzagCoefficients[0] - prediction;
        prediction = zigzagCoefficients[0];
        int size = Category(diff);
        Put(_dc[size]);
        Put(Magnitude(diff, size), size);
        int run = 0;
        for (int k = 1; k < 64; k++)
        {
            int value = zigzagCoefficients[k];
            if (value == 0)
            {
                run++;
                continue;
            }

            for (; run >= 16; run -= 16)
            {
                Put(_ac[0xF0]);
            }

            int category = Math.Min(Category(value), 10);
            value = Math.Clamp(value, -1023, 1023);
            Put(_ac[(run << 4) | category]);
            Put(Magnitude(value, category), category);
            run = 0;
        }

        if (run > 0)
        {
            Put(_ac[0x00]);
        }
    }

    public byte[] Finish()
    {
        FlushToByte();
        _out.AddRange([0xFF, 0xD9]);
        return _out.ToArray();
    }

    private static byte[] Counts(int shortLength, int shortCount, int longLength, int longCount)
    {
        var counts = new byte[16];
        counts[shortLength - 1] = (byte)shortCount;
        counts[longLength - 1] = (byte)longCount;
        return counts;
    }

    private static Dictionary<int, (int Code, int Length)> Codes(byte[] symbols, int shortLength, int shortCount, int longLength)
    {
        var codes = new Dictionary<int, (int, int)>();
        for (int i = 0; i < shortCount; i++)
        {
            codes[symbols[i]] = (i, shortLength);
        }

        int code = shortCount << (longLength - shortLength);
        for (int i = shortCount; i < symbols.Length; i++, code++)
        {
            codes[symbols[i]] = (code, longLength);
        }

        return codes;
    }

    private static int Category(int value) => value == 0 ? 0 : 32 - int.LeadingZeroCount(Math.Abs(value));

    private static int Magnitude(int value, int size) => value >= 0 ? value : value + (1 << size) - 1;

    private void Put((int Code, int Length) code) => Put(code.Code, code.Length);

    private void Put(int value, int length)
    {
        for (int i = length - 1; i >= 0; i--)
        {
            _bits = (_bits << 1) | (uint)((value >> i) & 1);
            if (++_count == 8)
            {
                WriteByte((byte)_bits);
            }
        }
    }

    private void FlushToByte()
    {
        while (_count != 0)
        {
            Put(1, 1);
        }
    }

    private void WriteByte(byte value)
    {
        _out.Add(value);
        if (value == 0xFF)
        {
            _out.Add(0);
        }

        _bits = 0;
        _count = 0;
    }

    private void Segment(byte marker, byte[] payload)
    {
        _out.AddRange([0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2)]);
        _out.AddRange(payload);
    }
}
