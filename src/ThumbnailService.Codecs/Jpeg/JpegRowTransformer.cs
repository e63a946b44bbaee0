using System.Runtime.InteropServices;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Advanced;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// The second half of decoding an MCU row: IDCT of its coefficients into the component strips, then upsampling and
/// colour conversion straight into the image's rows. Owns the strips while it runs (on the transform thread when the
/// decode is pipelined); the entropy decoder only touches the coefficient rows.
/// </summary>
internal sealed class JpegRowTransformer(JpegComponentStrip[] planes, int blockSize, JpegMcuLayout layout)
{
    /// <summary>IDCT of every block of the row into the component strips, then colour conversion into the image.</summary>
    public void TransformRow(JpegCoefficientRow slot, Image<Rgb24> image, int row)
    {
        for (int c = 0; c < planes.Length; c++)
        {
            JpegComponentStrip plane = planes[c];
            int blocksPerLine = layout.BlocksPerLine(c);
            for (int by = 0; by < plane.Vertical; by++)
            {
                for (int bx = 0; bx < blocksPerLine; bx++)
                {
                    int index = (by * blocksPerLine) + bx;
                    JpegIdct.Transform(slot.Block(c, index), blockSize, slot.HasAc(c, index), plane.Block(bx, by), plane.Stride);
                }
            }
        }

        WriteRows(image, row);
    }

    private void WriteRows(Image<Rgb24> image, int mcuRow)
    {
        int rowsPerMcu = layout.MaxV * blockSize;
        int first = mcuRow * rowsPerMcu;
        int count = Math.Min(rowsPerMcu, image.Height - first);
        JpegComponentStrip luma = planes[0];
        for (int r = 0; r < count; r++)
        {
            Span<byte> rgb = MemoryMarshal.AsBytes(image.DangerousGetPixelRowMemory(first + r).Span);
            if (planes.Length == 1)
            {
                JpegColorConverter.GreyRow(luma.Row(r), rgb, image.Width);
                continue;
            }

            JpegColorConverter.YCbCrRow(
                luma.Row(r),
                planes[1].Row(layout.SampleRow(1, r)),
                planes[2].Row(layout.SampleRow(2, r)),
                layout.HorizontalRatio(1),
                layout.HorizontalRatio(2),
                rgb,
                image.Width);
        }
    }
}
