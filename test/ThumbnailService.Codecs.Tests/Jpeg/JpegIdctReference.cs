using System.Numerics;
using System.Runtime.InteropServices;

namespace ThumbnailService.Codecs.Tests.Jpeg;

/// <summary>
/// The scalar IDCT as it was before vectorisation (commit e1267fc), kept unchanged as the reference that
/// <see cref="ThumbnailService.Core.Imaging.Jpeg.JpegIdct"/> must match byte for byte.
/// Inverse DCT of the top-left N x N coefficients of an 8x8 block to N x N pixels (N = 8, 4, 2, 1): the 8-point
/// IDCT basis evaluated at the centres of the N output pixels, i.e. libjpeg's reduced-size IDCT (jidctred.c).
/// f(x,y) = sum_u sum_v C(u)/2 C(v)/2 F(v,u) cos((2x+1)u pi/2N) cos((2y+1)v pi/2N), C(0) = 1/sqrt 2, so
/// N = 1 is the DC coefficient over 8 (the block mean). Separable, in floats: rows skip when all zero, and each
/// pass is N vector multiply-adds per row with <see cref="Vector4"/> (portable SIMD on x64 and Arm64).
/// </summary>
internal static class JpegIdctReference
{
    private static readonly float[] Basis8 = Basis(8);
    private static readonly float[] Basis4 = Basis(4);
    private static readonly float[] Basis2 = Basis(2);
    private static readonly Vector4[] Columns8 = Columns(Basis8, 8); // [2u], [2u+1]: basis of u for x = 0..3, 4..7
    private static readonly Vector4[] Columns4 = Columns(Basis4, 4);

    /// <summary>Transforms <paramref name="block"/> (N x N, overwritten) into bytes at <paramref name="output"/> with the given stride.</summary>
    public static void Transform(Span<float> block, int size, bool hasAc, Span<byte> output, int stride)
    {
        if (!hasAc)
        {
            byte flat = ToByte(block[0] * 0.125f);
            for (int y = 0; y < size; y++)
            {
                output.Slice(y * stride, size).Fill(flat);
            }

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

    private static void Transform8(Span<float> block, Span<byte> output, int stride)
    {
        Span<Vector4> rows = MemoryMarshal.Cast<float, Vector4>(block); // row v: rows[2v], rows[2v+1]
        for (int v = 0; v < 8; v++)
        {
            Vector4 lo = Vector4.Zero, hi = Vector4.Zero;
            for (int u = 0; u < 8; u++)
            {
                float f = block[(v * 8) + u];
                if (f != 0)
                {
                    lo += f * Columns8[2 * u];
                    hi += f * Columns8[(2 * u) + 1];
                }
            }

            rows[2 * v] = lo;
            rows[(2 * v) + 1] = hi;
        }

        for (int y = 0; y < 8; y++)
        {
            Vector4 lo = Vector4.Zero, hi = Vector4.Zero;
            for (int v = 0; v < 8; v++)
            {
                float b = Basis8[(y * 8) + v];
                lo += b * rows[2 * v];
                hi += b * rows[(2 * v) + 1];
            }

            Span<byte> line = output.Slice(y * stride, 8);
            Store(lo, line);
            Store(hi, line[4..]);
        }
    }

    private static void Transform4(Span<float> block, Span<byte> output, int stride)
    {
        Span<Vector4> rows = MemoryMarshal.Cast<float, Vector4>(block);
        for (int v = 0; v < 4; v++)
        {
            Vector4 row = rows[v];
            rows[v] = (row.X * Columns4[0]) + (row.Y * Columns4[1]) + (row.Z * Columns4[2]) + (row.W * Columns4[3]);
        }

        for (int y = 0; y < 4; y++)
        {
            Vector4 b = new(Basis4.AsSpan(y * 4, 4));
            Store((b.X * rows[0]) + (b.Y * rows[1]) + (b.Z * rows[2]) + (b.W * rows[3]), output.Slice(y * stride, 4));
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

    private static void Store(Vector4 values, Span<byte> output)
    {
        Vector4 clamped = Vector4.Clamp(values + new Vector4(128.5f), Vector4.Zero, new Vector4(255.5f));
        output[0] = (byte)clamped.X;
        output[1] = (byte)clamped.Y;
        output[2] = (byte)clamped.Z;
        output[3] = (byte)clamped.W;
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

    private static Vector4[] Columns(float[] basis, int size)
    {
        var columns = new Vector4[size * size / 4];
        for (int u = 0; u < size; u++)
        {
            for (int x = 0; x < size; x += 4)
            {
                columns[(u * size / 4) + (x / 4)] = new Vector4(
                    basis[(x * size) + u], basis[((x + 1) * size) + u], basis[((x + 2) * size) + u], basis[((x + 3) * size) + u]);
            }
        }

        return columns;
    }
}
