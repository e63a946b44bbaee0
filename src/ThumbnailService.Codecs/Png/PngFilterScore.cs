using System.Numerics;
using System.Runtime.InteropServices;

namespace ThumbnailService.Codecs.Png;

/// <summary>
/// The libpng "minimum sum of absolute differences" heuristic (also ImageSharp's adaptive filter): each filtered
/// byte counts as the absolute value of the signed byte, so 0x01 and 0xFF both score 1 and 0x80 scores 128.
/// </summary>
internal static class PngFilterScore
{
    // Each step adds at most 2 * 128 to a 16-bit lane, so 16-bit sums are widened every 255 steps at the latest.
    private const int StepsPerFlush = 255;

    public static long Sum(ReadOnlySpan<byte> filtered)
    {
        ref byte start = ref MemoryMarshal.GetReference(filtered);
        int width = Vector<byte>.Count;
        Vector<uint> total = Vector<uint>.Zero;
        int x = 0;
        while (x <= filtered.Length - width)
        {
            Vector<ushort> partial = Vector<ushort>.Zero;
            for (int step = 0; step < StepsPerFlush && x <= filtered.Length - width; step++, x += width)
            {
                // |sbyte| as a byte: abs(-128) wraps to 0x80, which is 128 unsigned, as wanted.
                Vector<byte> magnitude = Vector.AsVectorByte(Vector.Abs(Vector.AsVectorSByte(Vector.LoadUnsafe(ref start, (nuint)x))));
                Vector.Widen(magnitude, out Vector<ushort> low, out Vector<ushort> high);
                partial += low + high;
            }

            Vector.Widen(partial, out Vector<uint> partialLow, out Vector<uint> partialHigh);
            total += partialLow + partialHigh;
        }

        long sum = Vector.Sum(total);
        for (; x < filtered.Length; x++)
        {
            sum += Math.Abs((int)(sbyte)filtered[x]);
        }

        return sum;
    }
}
