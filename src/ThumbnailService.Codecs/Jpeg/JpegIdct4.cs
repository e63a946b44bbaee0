using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// Half-scale 4x4 IDCT: the whole block is four <see cref="Vector128{T}"/> rows of 4 floats, so each pass is four
/// rows of three multiply-adds and a 4x4 block becomes one 16-byte vector, written as one 4-byte store per row.
/// </summary>
internal static partial class JpegIdct
{
    private static void Transform4(Span<float> block, Span<byte> output, int stride)
    {
        ref float f = ref MemoryMarshal.GetReference(block);
        Vector128<float> r0 = RowPass4(ref f), r1 = RowPass4(ref Unsafe.Add(ref f, 4));
        Vector128<float> r2 = RowPass4(ref Unsafe.Add(ref f, 8)), r3 = RowPass4(ref Unsafe.Add(ref f, 12));

        // Output row y = B(y,0) R0 + B(y,1) R1 + B(y,2) R2 + B(y,3) R3, left to right as the scalar code adds them.
        ref float w = ref MemoryMarshal.GetArrayDataReference(Weights4); // [(v * 4 + y) * 4]: B(y, v) in all lanes
        Vector128<float> o0 = (Weight4(ref w, 0, 0) * r0) + (Weight4(ref w, 1, 0) * r1) + (Weight4(ref w, 2, 0) * r2) + (Weight4(ref w, 3, 0) * r3);
        Vector128<float> o1 = (Weight4(ref w, 0, 1) * r0) + (Weight4(ref w, 1, 1) * r1) + (Weight4(ref w, 2, 1) * r2) + (Weight4(ref w, 3, 1) * r3);
        Vector128<float> o2 = (Weight4(ref w, 0, 2) * r0) + (Weight4(ref w, 1, 2) * r1) + (Weight4(ref w, 2, 2) * r2) + (Weight4(ref w, 3, 2) * r3);
        Vector128<float> o3 = (Weight4(ref w, 0, 3) * r0) + (Weight4(ref w, 1, 3) * r1) + (Weight4(ref w, 2, 3) * r2) + (Weight4(ref w, 3, 3) * r3);

        Vector128<short> s01 = Vector128.Narrow(ToInt(o0), ToInt(o1)), s23 = Vector128.Narrow(ToInt(o2), ToInt(o3));
        Vector128<uint> bytes = Vector128.Narrow(s01.AsUInt16(), s23.AsUInt16()).AsUInt32(); // row y = 4 bytes, lane y
        ref byte dst = ref MemoryMarshal.GetReference(output);
        Unsafe.WriteUnaligned(ref dst, bytes.GetElement(0));
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref dst, stride), bytes.GetElement(1));
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref dst, 2 * stride), bytes.GetElement(2));
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref dst, 3 * stride), bytes.GetElement(3));
    }

    /// <summary>R(v, x) = sum_u F(v, u) B(x, u) for x = 0..3: each coefficient broadcast times basis column u.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<float> RowPass4(ref float row)
    {
        ref float c = ref MemoryMarshal.GetArrayDataReference(Columns4);
        return (Vector128.Create(row) * Vector128.LoadUnsafe(ref c))
            + (Vector128.Create(Unsafe.Add(ref row, 1)) * Vector128.LoadUnsafe(ref c, 4))
            + (Vector128.Create(Unsafe.Add(ref row, 2)) * Vector128.LoadUnsafe(ref c, 8))
            + (Vector128.Create(Unsafe.Add(ref row, 3)) * Vector128.LoadUnsafe(ref c, 12));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<float> Weight4(ref float w, int v, int y) => Vector128.LoadUnsafe(ref w, (nuint)(((v * 4) + y) * 4));

    /// <summary>The scalar rounding: (int)clamp(value + 128.5, 0, 255.5), i.e. truncation after the clamp.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<int> ToInt(Vector128<float> values)
    {
        Vector128<float> clamped = Vector128.MinNative(Vector128.MaxNative(values + Vector128.Create(128.5f), Vector128<float>.Zero), Vector128.Create(255.5f));
        return Vector128.ConvertToInt32Native(clamped);
    }
}
