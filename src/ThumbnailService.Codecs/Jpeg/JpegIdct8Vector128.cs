using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// The full-scale 8x8 IDCT on <see cref="Vector128{T}"/> (arm64 AdvSimd, where <see cref="Vector256{T}"/> is not
/// accelerated): the 256-bit path's arithmetic in the same order, each row of 8 floats as two halves. The column pass
/// keeps all 16 accumulators (8 output rows x 2 halves) in registers, which arm64's 32 vector registers hold, so each
/// row-pass vector and each weight is loaded once. The unused bottom rows are found with 128-bit compares too
/// (<see cref="Vector256{T}"/> operations are not accelerated there).
/// </summary>
internal static partial class JpegIdct
{
    /// <summary>Full-scale transform of an AC block through the 128-bit path (tests call it directly).</summary>
    internal static void Transform8Vector128(Span<float> block, Span<byte> output, int stride)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(block.Length, 64);
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(output.Length, (7 * stride) + 8);
        ref float f = ref MemoryMarshal.GetReference(block);
        int rows = UsedRows8Vector128(ref f);
        ref float c = ref MemoryMarshal.GetArrayDataReference(Columns8);
        for (int v = 0; v < rows; v++)
        {
            // R(v, x) = sum_u F(v, u) B(x, u): x = 0..3 in lo, 4..7 in hi, u ascending as in the scalar code.
            ref float row = ref Unsafe.Add(ref f, v * 8);
            Vector128<float> coefficient = Vector128.Create(row);
            Vector128<float> lo = coefficient * Vector128.LoadUnsafe(ref c), hi = coefficient * Vector128.LoadUnsafe(ref c, 4);
            for (int u = 1; u < 8; u++)
            {
                coefficient = Vector128.Create(Unsafe.Add(ref row, u));
                lo += coefficient * Vector128.LoadUnsafe(ref c, (nuint)(u * 8));
                hi += coefficient * Vector128.LoadUnsafe(ref c, (nuint)((u * 8) + 4));
            }

            lo.StoreUnsafe(ref row);
            hi.StoreUnsafe(ref row, 4);
        }

        ColumnPass8Vector128(ref f, rows, ref MemoryMarshal.GetReference(output), stride);
    }

    /// <summary>As UsedRows8, with the two halves of a row ORed and compared as bits (-0 counts as used).</summary>
    private static int UsedRows8Vector128(ref float f)
    {
        int rows = 8;
        while (rows > 1 && (Vector128.LoadUnsafe(ref f, (nuint)((rows - 1) * 8)).AsInt32() | Vector128.LoadUnsafe(ref f, (nuint)(((rows - 1) * 8) + 4)).AsInt32()) == Vector128<int>.Zero)
        {
            rows--;
        }

        return rows;
    }

    /// <summary>Output row y = sum_v B(y, v) R(v) for all 8 y: row pass v added to each accumulator in turn.</summary>
    private static void ColumnPass8Vector128(ref float f, int rows, ref byte dst, int stride)
    {
        ref float w = ref MemoryMarshal.GetArrayDataReference(Weights8); // [(v * 8 + y) * 8]: B(y, v) in all lanes
        Vector128<float> lo = Vector128.LoadUnsafe(ref f), hi = Vector128.LoadUnsafe(ref f, 4), weight;
        weight = Weight8Lo(ref w, 0);
        Vector128<float> o0 = weight * lo, p0 = weight * hi;
        weight = Weight8Lo(ref w, 1);
        Vector128<float> o1 = weight * lo, p1 = weight * hi;
        weight = Weight8Lo(ref w, 2);
        Vector128<float> o2 = weight * lo, p2 = weight * hi;
        weight = Weight8Lo(ref w, 3);
        Vector128<float> o3 = weight * lo, p3 = weight * hi;
        weight = Weight8Lo(ref w, 4);
        Vector128<float> o4 = weight * lo, p4 = weight * hi;
        weight = Weight8Lo(ref w, 5);
        Vector128<float> o5 = weight * lo, p5 = weight * hi;
        weight = Weight8Lo(ref w, 6);
        Vector128<float> o6 = weight * lo, p6 = weight * hi;
        weight = Weight8Lo(ref w, 7);
        Vector128<float> o7 = weight * lo, p7 = weight * hi;
        for (int v = 1; v < rows; v++)
        {
            lo = Vector128.LoadUnsafe(ref f, (nuint)(v * 8));
            hi = Vector128.LoadUnsafe(ref f, (nuint)((v * 8) + 4));
            ref float wv = ref Unsafe.Add(ref w, v * 64);
            weight = Weight8Lo(ref wv, 0);
            o0 += weight * lo;
            p0 += weight * hi;
            weight = Weight8Lo(ref wv, 1);
            o1 += weight * lo;
            p1 += weight * hi;
            weight = Weight8Lo(ref wv, 2);
            o2 += weight * lo;
            p2 += weight * hi;
            weight = Weight8Lo(ref wv, 3);
            o3 += weight * lo;
            p3 += weight * hi;
            weight = Weight8Lo(ref wv, 4);
            o4 += weight * lo;
            p4 += weight * hi;
            weight = Weight8Lo(ref wv, 5);
            o5 += weight * lo;
            p5 += weight * hi;
            weight = Weight8Lo(ref wv, 6);
            o6 += weight * lo;
            p6 += weight * hi;
            weight = Weight8Lo(ref wv, 7);
            o7 += weight * lo;
            p7 += weight * hi;
        }

        StoreRows2(o0, p0, o1, p1, ref dst, stride);
        StoreRows2(o2, p2, o3, p3, ref Unsafe.Add(ref dst, 2 * stride), stride);
        StoreRows2(o4, p4, o5, p5, ref Unsafe.Add(ref dst, 4 * stride), stride);
        StoreRows2(o6, p6, o7, p7, ref Unsafe.Add(ref dst, 6 * stride), stride);
    }

    /// <summary>The first 4 of the 8 equal lanes of weight B(y, v) at <paramref name="w"/> + y * 8.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<float> Weight8Lo(ref float w, int y) => Vector128.LoadUnsafe(ref w, (nuint)(y * 8));

    /// <summary>Two output rows (each as lo and hi halves) to bytes: int32 -> int16 -> uint8, one 8-byte store per row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreRows2(Vector128<float> lo0, Vector128<float> hi0, Vector128<float> lo1, Vector128<float> hi1, ref byte dst, int stride)
    {
        Vector128<short> row0 = Vector128.Narrow(ToInt(lo0), ToInt(hi0)), row1 = Vector128.Narrow(ToInt(lo1), ToInt(hi1));
        Vector128<ulong> bytes = Vector128.Narrow(row0.AsUInt16(), row1.AsUInt16()).AsUInt64();
        Unsafe.WriteUnaligned(ref dst, bytes.GetElement(0));
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref dst, stride), bytes.GetElement(1));
    }
}
