using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// The 8x8 IDCT where <see cref="Vector256{T}"/> is not hardware-accelerated (Arm64 NEON, x64 without AVX): the same
/// arithmetic in the same order as the Vector256 path, on each row's two <see cref="Vector128{T}"/> halves.
/// </summary>
internal static partial class JpegIdct
{
    /// <summary>Full-scale transform of an AC block through the Vector128 path (tests call it directly).</summary>
    internal static void Transform8Portable(Span<float> block, Span<byte> output, int stride)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(block.Length, 64);
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(output.Length, (7 * stride) + 8);
        ref float f = ref MemoryMarshal.GetReference(block);
        int rows = UsedRows8(ref f);
        ref float c = ref MemoryMarshal.GetArrayDataReference(Columns8);
        for (int v = 0; v < rows; v++)
        {
            // R(v, x) = sum_u F(v, u) B(x, u): x = 0..3 in lo, 4..7 in hi.
            ref float row = ref Unsafe.Add(ref f, v * 8);
            Vector128<float> lo = Vector128.Create(row) * Vector128.LoadUnsafe(ref c), hi = Vector128.Create(row) * Vector128.LoadUnsafe(ref c, 4);
            for (int u = 1; u < 8; u++)
            {
                Vector128<float> coefficient = Vector128.Create(Unsafe.Add(ref row, u));
                lo += coefficient * Vector128.LoadUnsafe(ref c, (nuint)(u * 8));
                hi += coefficient * Vector128.LoadUnsafe(ref c, (nuint)((u * 8) + 4));
            }

            lo.StoreUnsafe(ref row);
            hi.StoreUnsafe(ref row, 4);
        }

        ref byte dst = ref MemoryMarshal.GetReference(output);
        for (int y = 0; y < 8; y++)
        {
            ColumnPass8Portable(ref f, rows, y, ref Unsafe.Add(ref dst, y * stride));
        }
    }

    /// <summary>Output row y = sum_v B(y, v) R(v), both halves, stored as 8 bytes.</summary>
    private static void ColumnPass8Portable(ref float f, int rows, int y, ref byte line)
    {
        ref float w = ref MemoryMarshal.GetArrayDataReference(Weights8);
        Vector128<float> weight = Vector128.LoadUnsafe(ref w, (nuint)(y * 8));
        Vector128<float> lo = weight * Vector128.LoadUnsafe(ref f), hi = weight * Vector128.LoadUnsafe(ref f, 4);
        for (int v = 1; v < rows; v++)
        {
            weight = Vector128.LoadUnsafe(ref w, (nuint)(((v * 8) + y) * 8));
            lo += weight * Vector128.LoadUnsafe(ref f, (nuint)(v * 8));
            hi += weight * Vector128.LoadUnsafe(ref f, (nuint)((v * 8) + 4));
        }

        Vector128<short> words = Vector128.Narrow(ToInt(lo), ToInt(hi));
        Unsafe.WriteUnaligned(ref line, Vector128.Narrow(words.AsUInt16(), words.AsUInt16()).AsUInt64().ToScalar());
    }
}
