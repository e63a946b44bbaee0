using System.Numerics;
using System.Runtime.InteropServices;

namespace ThumbnailService.Codecs.Png;

/// <summary>
/// The PNG row filters (ISO 15948 section 9.2), vectorised with <see cref="Vector{T}"/>. Encoding a row reads only
/// unfiltered bytes, so every byte is independent: a = the byte <c>bpp</c> to the left, b = the byte above,
/// c = the byte above-left (0 outside the image). The first <c>bpp</c> bytes (no left neighbour) are done in scalar.
/// Every span has the row's length; <paramref name="prior"/> is all zeros for the first row.
/// </summary>
internal static class PngFilterKernels
{
    private static int Width => Vector<byte>.Count;

    public static void Sub(ReadOnlySpan<byte> raw, int bpp, Span<byte> dst)
    {
        int head = Math.Min(bpp, raw.Length);
        raw[..head].CopyTo(dst);
        int x = head;
        for (; x <= raw.Length - Width; x += Width)
        {
            (Load(raw, x) - Load(raw, x - bpp)).CopyTo(dst[x..]);
        }

        for (; x < raw.Length; x++)
        {
            dst[x] = (byte)(raw[x] - raw[x - bpp]);
        }
    }

    public static void Up(ReadOnlySpan<byte> raw, ReadOnlySpan<byte> prior, Span<byte> dst)
    {
        int x = 0;
        for (; x <= raw.Length - Width; x += Width)
        {
            (Load(raw, x) - Load(prior, x)).CopyTo(dst[x..]);
        }

        for (; x < raw.Length; x++)
        {
            dst[x] = (byte)(raw[x] - prior[x]);
        }
    }

    public static void Average(ReadOnlySpan<byte> raw, ReadOnlySpan<byte> prior, int bpp, Span<byte> dst)
    {
        int head = Math.Min(bpp, raw.Length);
        for (int i = 0; i < head; i++)
        {
            dst[i] = (byte)(raw[i] - (prior[i] >> 1));
        }

        int x = head;
        for (; x <= raw.Length - Width; x += Width)
        {
            Vector<byte> a = Load(raw, x - bpp), b = Load(prior, x);
            Vector<byte> floorMean = (a & b) + Vector.ShiftRightLogical(a ^ b, 1); // (a + b) >> 1 without overflow
            (Load(raw, x) - floorMean).CopyTo(dst[x..]);
        }

        for (; x < raw.Length; x++)
        {
            dst[x] = (byte)(raw[x] - ((raw[x - bpp] + prior[x]) >> 1));
        }
    }

    public static void Paeth(ReadOnlySpan<byte> raw, ReadOnlySpan<byte> prior, int bpp, Span<byte> dst)
    {
        int head = Math.Min(bpp, raw.Length);
        for (int i = 0; i < head; i++)
        {
            dst[i] = (byte)(raw[i] - prior[i]); // a = c = 0: the predictor is b
        }

        int x = head;
        for (; x <= raw.Length - Width; x += Width)
        {
            Vector<byte> predictor = PaethPredictor(Load(raw, x - bpp), Load(prior, x), Load(prior, x - bpp));
            (Load(raw, x) - predictor).CopyTo(dst[x..]);
        }

        for (; x < raw.Length; x++)
        {
            dst[x] = (byte)(raw[x] - PaethPredictor(raw[x - bpp], prior[x], prior[x - bpp]));
        }
    }

    /// <summary>The scalar predictor: whichever of a, b, c is nearest to a + b - c, ties in that order.</summary>
    public static byte PaethPredictor(byte a, byte b, byte c)
    {
        int pa = Math.Abs(b - c), pb = Math.Abs(a - c), pc = Math.Abs(a + b - c - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static Vector<byte> PaethPredictor(Vector<byte> a, Vector<byte> b, Vector<byte> c)
    {
        Vector.Widen(a, out Vector<ushort> aLow, out Vector<ushort> aHigh);
        Vector.Widen(b, out Vector<ushort> bLow, out Vector<ushort> bHigh);
        Vector.Widen(c, out Vector<ushort> cLow, out Vector<ushort> cHigh);
        Vector<short> low = PaethPredictor(Vector.AsVectorInt16(aLow), Vector.AsVectorInt16(bLow), Vector.AsVectorInt16(cLow));
        Vector<short> high = PaethPredictor(Vector.AsVectorInt16(aHigh), Vector.AsVectorInt16(bHigh), Vector.AsVectorInt16(cHigh));
        return Vector.Narrow(Vector.AsVectorUInt16(low), Vector.AsVectorUInt16(high));
    }

    private static Vector<short> PaethPredictor(Vector<short> a, Vector<short> b, Vector<short> c)
    {
        Vector<short> pa = Vector.Abs(b - c), pb = Vector.Abs(a - c), pc = Vector.Abs(a + b - c - c);
        Vector<short> useA = Vector.LessThanOrEqual(pa, pb) & Vector.LessThanOrEqual(pa, pc);
        Vector<short> useB = Vector.LessThanOrEqual(pb, pc);
        return Vector.ConditionalSelect(useA, a, Vector.ConditionalSelect(useB, b, c));
    }

    private static Vector<byte> Load(ReadOnlySpan<byte> span, int offset) =>
        Vector.LoadUnsafe(ref MemoryMarshal.GetReference(span), (nuint)offset);
}
