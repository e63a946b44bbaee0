using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.TestSupport.Images;

/// <summary>
/// A small baseline JPEG encoder for what ImageSharp 2.1's encoder cannot write: any luma sampling (chroma 1x1,
/// so 4:2:2, 4:4:0, 4:1:1 ...), restart intervals, greyscale. Float FDCT, libjpeg quality scaling of the Annex K
/// tables, and one made-up Huffman table per class whose codes are 2 and 10 bits long (so decoders take both their
/// fast and their long-code paths). Chroma is box-averaged; edges replicate.
/// </summary>
internal static class BaselineJpegWriter
{
    private static readonly int[] LumaQuant = [16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99];
    private static readonly int[] ChromaQuant = [17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99, 99, 47, 66, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99];
    private static readonly int[] ZigZag = [0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63];

    public static byte[] Encode(Image<Rgb24> image, int quality, int lumaH, int lumaV, int restartInterval = 0, bool grey = false)
    {
        int w = image.Width, h = image.Height;
        var planes = new float[3][,];
        for (int c = 0; c < 3; c++)
        {
            planes[c] = new float[h, w];
        }

        for (int y = 0; y < h; y++)
        {
            for (int x = 0; x < w; x++)
            {
                Rgb24 p = image[x, y];
                planes[0][y, x] = (0.299f * p.R) + (0.587f * p.G) + (0.114f * p.B);
                planes[1][y, x] = 128 - (0.168736f * p.R) - (0.331264f * p.G) + (0.5f * p.B);
                planes[2][y, x] = 128 + (0.5f * p.R) - (0.418688f * p.G) - (0.081312f * p.B);
            }
        }

        var writer = new JpegBitWriter();
        int[][] quant = [Scale(LumaQuant, quality), Scale(ChromaQuant, quality)];
        writer.Headers(w, h, grey ? 1 : 3, lumaH, lumaV, quant, ZigZag, restartInterval);
        if (grey)
        {
            EncodeGrey(writer, planes[0], quant[0], restartInterval);
        }
        else
        {
            EncodeColour(writer, planes, quant, lumaH, lumaV, restartInterval);
        }

        return writer.Finish();
    }

    private static void EncodeGrey(JpegBitWriter writer, float[,] plane, int[] quant, int restartInterval)
    {
        int bw = (plane.GetLength(1) + 7) / 8, bh = (plane.GetLength(0) + 7) / 8, mcu = 0, prediction = 0;
        for (int by = 0; by < bh; by++)
        {
            for (int bx = 0; bx < bw; bx++, mcu++)
            {
                writer.RestartIfDue(mcu, restartInterval, ref prediction);
                writer.Block(Quantise(Block(plane, bx * 8, by * 8, 1, 1), quant, ZigZag), ref prediction);
            }
        }
    }

    private static void EncodeColour(JpegBitWriter writer, float[][,] planes, int[][] quant, int lumaH, int lumaV, int restartInterval)
    {
        int w = planes[0].GetLength(1), h = planes[0].GetLength(0);
        int mcusX = (w + (8 * lumaH) - 1) / (8 * lumaH), mcusY = (h + (8 * lumaV) - 1) / (8 * lumaV), mcu = 0;
        int[] predictions = new int[3];
        for (int my = 0; my < mcusY; my++)
        {
            for (int mx = 0; mx < mcusX; mx++, mcu++)
            {
                if (restartInterval > 0 && mcu > 0 && mcu % restartInterval == 0)
                {
                    int ignored = 0;
                    writer.RestartIfDue(mcu, restartInterval, ref ignored);
                    Array.Clear(predictions);
                }

                for (int v = 0; v < lumaV; v++)
                {
                    for (int u = 0; u < lumaH; u++)
                    {
                        float[] block = Block(planes[0], ((mx * lumaH) + u) * 8, ((my * lumaV) + v) * 8, 1, 1);
                        writer.Block(Quantise(block, quant[0], ZigZag), ref predictions[0]);
                    }
                }

                for (int c = 1; c < 3; c++)
                {
                    float[] block = Block(planes[c], mx * 8 * lumaH, my * 8 * lumaV, lumaH, lumaV);
                    writer.Block(Quantise(block, quant[1], ZigZag), ref predictions[c]);
                }
            }
        }
    }

    /// <summary>An 8x8 block whose samples average sx x sy source pixels from (x0, y0), edges replicated.</summary>
    private static float[] Block(float[,] plane, int x0, int y0, int sx, int sy)
    {
        int w = plane.GetLength(1), h = plane.GetLength(0);
        var block = new float[64];
        for (int i = 0; i < 64; i++)
        {
            float sum = 0;
            for (int dy = 0; dy < sy; dy++)
            {
                for (int dx = 0; dx < sx; dx++)
                {
                    sum += plane[Math.Min(y0 + ((i / 8) * sy) + dy, h - 1), Math.Min(x0 + ((i % 8) * sx) + dx, w - 1)];
                }
            }

            block[i] = (sum / (sx * sy)) - 128;
        }

        return block;
    }

    private static int[] Quantise(float[] block, int[] quant, int[] zigzag)
    {
        var coefficients = new int[64];
        for (int k = 0; k < 64; k++)
        {
            int v = zigzag[k] / 8, u = zigzag[k] % 8;
            double sum = 0;
            for (int y = 0; y < 8; y++)
            {
                for (int x = 0; x < 8; x++)
                {
                    sum += block[(y * 8) + x] * Math.Cos(((2 * x) + 1) * u * Math.PI / 16) * Math.Cos(((2 * y) + 1) * v * Math.PI / 16);
                }
            }

            double cu = u == 0 ? Math.Sqrt(0.5) : 1, cv = v == 0 ? Math.Sqrt(0.5) : 1;
            coefficients[k] = (int)Math.Round(0.25 * cu * cv * sum / quant[zigzag[k]]);
        }

        return coefficients;
    }

    private static int[] Scale(int[] table, int quality)
    {
        int scale = quality < 50 ? 5000 / quality : 200 - (quality * 2);
        return table.Select(q => Math.Clamp(((q * scale) + 50) / 100, 1, 255)).ToArray();
    }
}
