using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// Inverse DCT of the top-left N x N coefficients of an 8x8 block to N x N pixels (N = 8, 4, 2, 1): the 8-point
/// IDCT basis evaluated at the centres of the N output pixels, i.e. libjpeg's reduced-size IDCT (jidctred.c).
/// f(x,y) = sum_u sum_v C(u)/2 C(v)/2 F(v,u) cos((2x+1)u pi/2N) cos((2y+1)v pi/2N), C(0) = 1/sqrt 2, so
/// N = 1 is the DC coefficient over 8 (the block mean). Separable, in floats: a row pass R(v,x) = sum_u F(v,u) B(x,u)
/// then a column pass f(x,y) = sum_v B(y,v) R(v,x), each sum added in ascending u / v order with separate multiplies
/// and adds (no FMA), so every SIMD path here yields exactly the bytes of the original scalar formulation.
/// Bytes are value + 128.5 clamped to [0, 255.5] and truncated (level shift plus round half up).
/// </summary>
internal static partial class JpegIdct
{
    private static readonly float[] Basis8 = Basis(8);
    private static readonly float[] Basis4 = Basis(4);
    private static readonly float[] Basis2 = Basis(2);
    private static readonly float[] Columns8 = Columns(Basis8, 8);
    private static readonly float[] Weights8 = Weights(Basis8, 8);
    private static readonly float[] Columns4 = Columns(Basis4, 4);
    private static readonly float[] Weights4 = Weights(Basis4, 4);

    /// <summary>Transforms <paramref name="block"/> (N x N, overwritten) into bytes at <paramref name="output"/> with the given stride.</summary>
    public static void Transform(Span<float> block, int size, bool hasAc, Span<byte> output, int stride)
    {
        // The kernels write through refs: check once that every output row y * stride + [0, N) lies in the span.
        ArgumentOutOfRangeException.ThrowIfLessThan(block.Length, size * size);
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, size);
        ArgumentOutOfRangeException.ThrowIfLessThan(output.Length, ((size - 1) * stride) + size);
        if (!hasAc)
        {
            Fill(ToByte(block[0] * 0.125f), size, output, stride);
            return;
        }

        switch (size)
        {
            case 8:
                Transform8(block, output, stride);
                break;
            case 4:
                Transform4(block, output, stride);
                break;
            default:
                Transform2(block, output, stride);
                break;
        }
    }

    /// <summary>A DC-only block is flat: one byte replicated, written as one N-byte store per row.</summary>
    private static void Fill(byte value, int size, Span<byte> output, int stride)
    {
        ref byte dst = ref MemoryMarshal.GetReference(output);
        ulong pattern = value * 0x0101_0101_0101_0101UL;
        for (int y = 0; y < size; y++)
        {
            ref byte line = ref Unsafe.Add(ref dst, y * stride);
            switch (size)
            {
                case 8:
                    Unsafe.WriteUnaligned(ref line, pattern);
                    break;
                case 4:
                    Unsafe.WriteUnaligned(ref line, (uint)pattern);
                    break;
                case 2:
                    Unsafe.WriteUnaligned(ref line, (ushort)pattern);
                    break;
                default:
                    line = value;
                    break;
            }
        }
    }

    private static void Transform2(Span<float> block, Span<byte> output, int stride)
    {
        float[] b = Basis2; // b[x * 2 + u]
        float r00 = (block[0] * b[0]) + (block[1] * b[1]), r01 = (block[0] * b[2]) + (block[1] * b[3]);
        float r10 = (block[2] * b[0]) + (block[3] * b[1]), r11 = (block[2] * b[2]) + (block[3] * b[3]);
        output[0] = ToByte((b[0] * r00) + (b[1] * r10));
        output[1] = ToByte((b[0] * r01) + (b[1] * r11));
        output[stride] = ToByte((b[2] * r00) + (b[3] * r10));
        output[stride + 1] = ToByte((b[2] * r01) + (b[3] * r11));
    }

    private static byte ToByte(float value) => (byte)Math.Clamp(value + 128.5f, 0f, 255.5f);

    /// <summary>basis[x * N + u] = C(u)/2 cos((2x+1) u pi / 2N).</summary>
    private static float[] Basis(int size)
    {
        var basis = new float[size * size];
        for (int x = 0; x < size; x++)
        {
            for (int u = 0; u < size; u++)
            {
                double c = u == 0 ? Math.Sqrt(0.5) : 1.0;
                basis[(x * size) + u] = (float)(c / 2 * Math.Cos((((2 * x) + 1) * u * Math.PI) / (2 * size)));
            }
        }

        return basis;
    }

    /// <summary>The transposed basis: row u holds the basis of frequency u at x = 0..N-1 (one row-pass vector).</summary>
    private static float[] Columns(float[] basis, int size)
    {
        var columns = new float[size * size];
        for (int u = 0; u < size; u++)
        {
            for (int x = 0; x < size; x++)
            {
                columns[(u * size) + x] = basis[(x * size) + u];
            }
        }

        return columns;
    }

    /// <summary>Column-pass weights pre-broadcast: the N lanes at [(v * N + y) * N] all hold basis[y * N + v].</summary>
    private static float[] Weights(float[] basis, int size)
    {
        var weights = new float[size * size * size];
        for (int v = 0; v < size; v++)
        {
            for (int y = 0; y < size; y++)
            {
                weights.AsSpan(((v * size) + y) * size, size).Fill(basis[(y * size) + v]);
            }
        }

        return weights;
    }
}
