using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// Full-scale 8x8 IDCT: one <see cref="Vector256{T}"/> per row of 8 floats, no branch per coefficient (the 128-bit
/// kernel for arm64 is in JpegIdct8Vector128.cs). A zero
/// coefficient adds a (signed) zero product, which leaves any sum unchanged except for the sign of an all-zero sum,
/// and that sign is lost in the + 128.5: so the products are simply all added (the scalar code skipped zeros), and
/// bottom rows with no non-zero coefficient are left out of both passes, with the same bytes as a result.
/// </summary>
internal static partial class JpegIdct
{
    private static void Transform8(Span<float> block, Span<byte> output, int stride)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            // arm64 (AdvSimd) and x86-64 without AVX2: the 128-bit kernel; no SIMD hardware at all: the portable code.
            if (Vector128.IsHardwareAccelerated)
            {
                Transform8Vector128(block, output, stride);
            }
            else
            {
                Transform8Portable(block, output, stride);
            }

            return;
        }

        ref float f = ref MemoryMarshal.GetReference(block);
        int rows = UsedRows8(ref f);
        for (int v = 0; v < rows; v++)
        {
            RowPass8(ref Unsafe.Add(ref f, v * 8));
        }

        ColumnPass8(ref f, rows, ref MemoryMarshal.GetReference(output), stride);
    }

    /// <summary>1 + the index of the last row with a non-zero coefficient (at least 1); compared as bits, so -0 counts as used.</summary>
    private static int UsedRows8(ref float f)
    {
        int rows = 8;
        while (rows > 1 && Vector256.LoadUnsafe(ref f, (nuint)((rows - 1) * 8)).AsInt32() == Vector256<int>.Zero)
        {
            rows--;
        }

        return rows;
    }

    /// <summary>R(v, x) = sum_u F(v, u) B(x, u) for the 8 x at once: each coefficient broadcast times basis column u.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void RowPass8(ref float row)
    {
        ref float c = ref MemoryMarshal.GetArrayDataReference(Columns8);
        Vector256<float> sum = Vector256.Create(row) * Vector256.LoadUnsafe(ref c);
        sum += Vector256.Create(Unsafe.Add(ref row, 1)) * Vector256.LoadUnsafe(ref c, 8);
        sum += Vector256.Create(Unsafe.Add(ref row, 2)) * Vector256.LoadUnsafe(ref c, 16);
        sum += Vector256.Create(Unsafe.Add(ref row, 3)) * Vector256.LoadUnsafe(ref c, 24);
        sum += Vector256.Create(Unsafe.Add(ref row, 4)) * Vector256.LoadUnsafe(ref c, 32);
        sum += Vector256.Create(Unsafe.Add(ref row, 5)) * Vector256.LoadUnsafe(ref c, 40);
        sum += Vector256.Create(Unsafe.Add(ref row, 6)) * Vector256.LoadUnsafe(ref c, 48);
        sum += Vector256.Create(Unsafe.Add(ref row, 7)) * Vector256.LoadUnsafe(ref c, 56);
        sum.StoreUnsafe(ref row);
    }

    /// <summary>Output row y = sum_v B(y, v) R(v): eight accumulators, row pass v added to each in turn.</summary>
    private static void ColumnPass8(ref float f, int rows, ref byte dst, int stride)
    {
        ref float w = ref MemoryMarshal.GetArrayDataReference(Weights8); // [(v * 8 + y) * 8]: B(y, v) in all lanes
        Vector256<float> r = Vector256.LoadUnsafe(ref f);
        Vector256<float> o0 = Weight8(ref w, 0) * r, o1 = Weight8(ref w, 1) * r, o2 = Weight8(ref w, 2) * r, o3 = Weight8(ref w, 3) * r;
        Vector256<float> o4 = Weight8(ref w, 4) * r, o5 = Weight8(ref w, 5) * r, o6 = Weight8(ref w, 6) * r, o7 = Weight8(ref w, 7) * r;
        for (int v = 1; v < rows; v++)
        {
            r = Vector256.LoadUnsafe(ref f, (nuint)(v * 8));
            ref float wv = ref Unsafe.Add(ref w, v * 64);
            o0 += Weight8(ref wv, 0) * r;
            o1 += Weight8(ref wv, 1) * r;
            o2 += Weight8(ref wv, 2) * r;
            o3 += Weight8(ref wv, 3) * r;
            o4 += Weight8(ref wv, 4) * r;
            o5 += Weight8(ref wv, 5) * r;
            o6 += Weight8(ref wv, 6) * r;
            o7 += Weight8(ref wv, 7) * r;
        }

        Store8(o0, o1, o2, o3, ref dst, stride);
        Store8(o4, o5, o6, o7, ref Unsafe.Add(ref dst, 4 * stride), stride);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Weight8(ref float w, int y) => Vector256.LoadUnsafe(ref w, (nuint)(y * 8));

    /// <summary>Four rows of 8 values to bytes: int32 -> int16 -> uint8 (all in 0..255 already), one 8-byte store per row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store8(Vector256<float> a, Vector256<float> b, Vector256<float> c, Vector256<float> d, ref byte dst, int stride)
    {
        Vector256<short> ab = Vector256.Narrow(ToInt(a), ToInt(b)), cd = Vector256.Narrow(ToInt(c), ToInt(d));
        Vector256<ulong> bytes = Vector256.Narrow(ab.AsUInt16(), cd.AsUInt16()).AsUInt64();
        Unsafe.WriteUnaligned(ref dst, bytes.GetElement(0));
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref dst, stride), bytes.GetElement(1));
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref dst, 2 * stride), bytes.GetElement(2));
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref dst, 3 * stride), bytes.GetElement(3));
    }

    /// <summary>The scalar rounding: (int)clamp(value + 128.5, 0, 255.5), i.e. truncation after the clamp.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> ToInt(Vector256<float> values)
    {
        Vector256<float> clamped = Vector256.MinNative(Vector256.MaxNative(values + Vector256.Create(128.5f), Vector256<float>.Zero), Vector256.Create(255.5f));
        return Vector256.ConvertToInt32Native(clamped);
    }
}
