using System.Runtime.InteropServices;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Advanced;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Core.Imaging.Jpeg;

/// <summary>
/// The DC coefficient of every block of every component (MCU-padded block grids), filled scan by scan, and the
/// 1/8-scale image they make: one pixel per block, converted exactly as the baseline decoder converts a flat block.
/// </summary>
internal sealed class JpegDcPlanes
{
    private JpegDcPlanes(JpegFrameInfo frame, ushort[][] quant)
    {
        Frame = frame;
        bool single = frame.Components.Count == 1; // one component: one block per MCU, whatever its factors
        MaxH = single ? 1 : frame.Components[0].HorizontalSampling;
        MaxV = single ? 1 : frame.Components[0].VerticalSampling;
        McusPerLine = (frame.Width + (8 * MaxH) - 1) / (8 * MaxH);
        McuRows = (frame.Height + (8 * MaxV) - 1) / (8 * MaxV);
        Quant = quant;
        Coefficients = [.. Enumerable.Range(0, frame.Components.Count).Select(c => new int[GridWidth(c) * GridHeight(c)])];
    }

    public JpegFrameInfo Frame { get; }

    public int MaxH { get; }

    public int MaxV { get; }

    public int McusPerLine { get; }

    public int McuRows { get; }

    public int[][] Coefficients { get; }

    private ushort[][] Quant { get; }

    public static JpegDcPlanes Create(JpegHeader firstScan)
    {
        JpegFrameInfo frame = firstScan.Frame;
        ushort[][] quant = [.. frame.Components.Select(c => firstScan.QuantTables[c.QuantTable]
            ?? throw new JpegFormatException($"Quantisation table {c.QuantTable} is not defined."))];
        return new JpegDcPlanes(frame, quant);
    }

    public int Horizontal(int component) => Frame.Components.Count == 1 ? 1 : Frame.Components[component].HorizontalSampling;

    public int Vertical(int component) => Frame.Components.Count == 1 ? 1 : Frame.Components[component].VerticalSampling;

    public int GridWidth(int component) => McusPerLine * Horizontal(component);

    public int GridHeight(int component) => McuRows * Vertical(component);

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
                JpegColorConverter.GreyRow(samples[0].AsSpan(y * GridWidth(0), GridWidth(0)), rgb, width);
                continue;
            }

            JpegColorConverter.YCbCrRow(Row(samples, 0, y), Row(samples, 1, y), Row(samples, 2, y), MaxH / Horizontal(1), MaxH / Horizontal(2), rgb, width);
        }

        return image;
    }

    private ReadOnlySpan<byte> Row(byte[][] samples, int component, int y)
    {
        int row = y / (MaxV / Vertical(component));
        return samples[component].AsSpan(row * GridWidth(component), GridWidth(component));
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
