using BenchmarkDotNet.Attributes;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Codecs.Jpeg;

namespace ThumbnailService.Benchmarks;

/// <summary>
/// The entropy-decoding share of our JPEG decode, on the same 12 MP JPEG as <see cref="JpegDecodeBenchmarks"/>.
/// <see cref="HuffmanOnly"/> Huffman-decodes every block of the scan and nothing else (no IDCT, no upsampling or colour
/// conversion, no image). <see cref="OursScaled8"/> is the 1/8 decode, whose IDCT is the DC term alone, so it is
/// close to the entropy cost; the difference between the two is the DC IDCT, upsampling and colour conversion of a
/// 500x375 image. The loop is built here from the decoder's internals rather than from hooks in production code.
/// </summary>
public class EntropyOnlyBenchmarks
{
    private byte[] _jpeg = [];

    [GlobalSetup]
    public void Setup() => _jpeg = Photos.Jpeg(4000, 3000);

    [Benchmark(Baseline = true)]
    public int OursScaled8()
    {
        using Image<Rgb24> image = JpegScaledDecoder.Decode(_jpeg, 8, Photos.Configuration, long.MaxValue, CancellationToken.None);
        return image.Width;
    }

    [Benchmark]
    public int HuffmanOnly() => DecodeAllBlocks(_jpeg);

    /// <summary>JpegScanDecoder.DecodeInto's MCU loop with the IDCT and the row output left out; returns a checksum.</summary>
    private static int DecodeAllBlocks(ReadOnlySpan<byte> data)
    {
        JpegHeader header = JpegHeaderReader.Read(data);
        JpegFrameInfo frame = header.Frame;
        bool single = frame.Components.Count == 1; // one block per MCU, whatever the factors
        int maxH = single ? 1 : frame.Components[0].HorizontalSampling;
        int maxV = single ? 1 : frame.Components[0].VerticalSampling;
        int mcusPerLine = (frame.Width + (8 * maxH) - 1) / (8 * maxH);
        int mcuRows = (frame.Height + (8 * maxV) - 1) / (8 * maxV);
        var scan = header.Scan.Select(sc =>
        {
            JpegComponentInfo info = frame.Components[sc.FrameIndex];
            return (
                Dc: header.HuffmanTables[0][sc.DcTable & 3]!,
                Ac: header.HuffmanTables[1][sc.AcTable & 3]!,
                Quant: header.QuantTables[info.QuantTable]!,
                Blocks: single ? 1 : info.HorizontalSampling * info.VerticalSampling);
        }).ToArray();
        var predictions = new int[scan.Length];
        sbyte[] target = JpegBlockDecoder.TargetMap(1); // keep the DC coefficient only; every AC symbol is still decoded
        Span<float> block = stackalloc float[1];
        var reader = new JpegBitReader(data, header.EntropyDataOffset);
        int interval = header.RestartInterval, untilRestart = interval, checksum = 0;
        for (int mcu = 0; mcu < mcusPerLine * mcuRows; mcu++)
        {
            if (interval > 0)
            {
                if (untilRestart == 0)
                {
                    reader.Restart();
                    Array.Clear(predictions);
                    untilRestart = interval;
                }

                untilRestart--;
            }

            for (int c = 0; c < scan.Length; c++)
            {
                for (int b = 0; b < scan[c].Blocks; b++)
                {
                    block.Clear();
                    checksum += JpegBlockDecoder.Decode(ref reader, scan[c].Dc, scan[c].Ac, ref predictions[c], scan[c].Quant, target, 0, block) ? 1 : 0;
                }
            }
        }

        return checksum + predictions.Sum();
    }
}
