using System.Runtime.InteropServices;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Advanced;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// The DC coefficient of every block of every component (MCU-padded block grids), filled scan by scan, and the
/// 1/8-scale image they make: one pixel per block, converted exactly as the baseline decoder converts a flat block.
/// </summary>
internal sealed class JpegDcPlanes
{
    private JpegDcPlanes(JpegFrameInfo frame, ushort[][] quant)
    {
        Frame = frame;
        Layout = new JpegMcuLayout(frame);
        Quant = quant;
        Coefficients = [.. Enumerable.Range(0, frame.Components.Count).Select(c => new int[Layout.BlocksPerLine(c) * Layout.BlockRows(c)])];
    }

    public JpegFrameInfo Frame { get; }

    public JpegMcuLayout Layout { get; }

    /// <summary>Per component, its DC coefficients in block-grid order (<see cref="JpegMcuLayout.BlocksPerLine"/> wide).</summary>
    public int[][] Coefficients { get; }

    private ushort[][] Quant { get; }

    public static JpegDcPlanes Create(JpegHeader firstScan)
    {
        JpegFrameInfo frame = firstScan.Frame;
        ushort[][] quant = [.. frame.Components.Select(c => firstScan.QuantTables[c.QuantTable]
            ?? throw new JpegFormatException($"Quantisation table {c.QuantTable} is not defined."))];
        return new JpegDcPlanes(frame, quant);
    }

    public Image<Rgb24> ToImage(Configuration configuration)
    {
        int width = JpegScaledDecoder.ScaledLength(Frame.Width, 8), height = JpegScaledDecoder.ScaledLength(Frame.Height, 8);
        byte[][] samples = [.. Enumerable.Range(0, Coefficients.Length).Select(Samples)];
        var image = new Image<Rgb24>(configuration, width, height);
        for (int y = 0; y < height; y++)
        {
            Span<byte> rgb = MemoryMarshal.AsBytes(image.DangerousGetPixelRowMemory(y).Span);
            if (samples.Length == 1)
            {
                JpegColorConverter.GreyRow(Row(samples, 0, y), rgb, width);
                continue;
            }

            JpegColorConverter.YCbCrRow(Row(samples, 0, y), Row(samples, 1, y), Row(samples, 2, y), Layout.HorizontalRatio(1), Layout.HorizontalRatio(2), rgb, width);
        }

        return image;
    }

    private ReadOnlySpan<byte> Row(byte[][] samples, int component, int y)
    {
        int width = Layout.BlocksPerLine(component);
        return samples[component].AsSpan(Layout.SampleRow(component, y) * width, width);
    }

    /// <summary>Each block's flat value, through the same 1x1 IDCT as a DC-only block of a baseline decode.</summary>
    private byte[] Samples(int component)
    {
        int[] dc = Coefficients[component];
        ushort q0 = Quant[component][0];
        var samples = new byte[dc.Length];
        Span<float> block = stackalloc float[1];
        for (int i = 0; i < dc.Length; i++)
        {
            block[0] = dc[i] * q0;
            JpegIdct.Transform(block, 1, false, samples.AsSpan(i, 1), 1);
        }

        return samples;
    }
}
