using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// Turns decoded progressive coefficients into pixels MCU row by MCU row: dequantises each row's kept coefficients into
/// a <see cref="JpegCoefficientRow"/> exactly as the baseline block decoder does (integer product, then float), and
/// hands it to <see cref="JpegRowTransformer"/>, on a second thread when <c>slots</c> &gt; 1.
/// </summary>
internal sealed class JpegProgressiveOutput(JpegProgressiveCoefficients coefficients, ushort[][] quant)
{
    public void WriteInto(Image<Rgb24> image, int slots, CancellationToken cancellationToken)
    {
        JpegMcuLayout layout = coefficients.Layout;
        int components = quant.Length, blockSize = coefficients.BlockSize;
        var strips = new JpegComponentStrip[components];
        var rows = new JpegCoefficientRow[slots];
        try
        {
            for (int c = 0; c < components; c++)
            {
                strips[c] = new JpegComponentStrip(layout.Horizontal(c), layout.Vertical(c), layout.BlocksPerLine(c), blockSize);
            }

            int[] blocksPerRow = [.. Enumerable.Range(0, components).Select(c => layout.BlocksPerLine(c) * layout.Vertical(c))];
            for (int i = 0; i < slots; i++)
            {
                rows[i] = new JpegCoefficientRow(blocksPerRow, blockSize);
            }

            var transformer = new JpegRowTransformer(strips, blockSize, layout);
            if (slots == 1)
            {
                for (int row = 0; row < layout.McuRows; row++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Fill(row, rows[0]);
                    transformer.TransformRow(rows[0], image, row);
                }

                return;
            }

            using var handoff = new JpegRowHandoff(layout.McuRows, slots, row => transformer.TransformRow(rows[row % slots], image, row), cancellationToken);
            for (int row = 0; row < layout.McuRows; row++)
            {
                handoff.WaitForFreeSlot();
                Fill(row, rows[row % slots]);
                handoff.Publish();
            }

            handoff.Complete();
        }
        finally
        {
            Array.ForEach(rows, row => row?.Dispose());
            Array.ForEach(strips, strip => strip?.Dispose());
        }
    }

    /// <summary>MCU row <paramref name="row"/>'s blocks, dequantised: value x quant[k] at the block place of zig-zag index k.</summary>
    private void Fill(int row, JpegCoefficientRow slot)
    {
        JpegMcuLayout layout = coefficients.Layout;
        int length = coefficients.BlockLength;
        ReadOnlySpan<sbyte> target = coefficients.Target;
        Span<int> placeQuant = stackalloc int[length];
        slot.Clear();
        for (int c = 0; c < quant.Length; c++)
        {
            for (int k = 0; k < 64; k++)
            {
                if (target[k] >= 0)
                {
                    placeQuant[target[k]] = quant[c][k];
                }
            }

            int perRow = layout.BlocksPerLine(c) * layout.Vertical(c);
            ReadOnlySpan<short> values = coefficients.Values(c).AsSpan(row * perRow * length, perRow * length);
            for (int index = 0; index < perRow; index++)
            {
                ReadOnlySpan<short> source = values.Slice(index * length, length);
                Span<float> block = slot.Block(c, index);
                block[0] = source[0] * placeQuant[0];
                bool hasAc = false;
                for (int t = 1; t < length; t++)
                {
                    if (source[t] != 0)
                    {
                        block[t] = source[t] * placeQuant[t];
                        hasAc = true;
                    }
                }

                slot.SetHasAc(c, index, hasAc);
            }
        }
    }
}
