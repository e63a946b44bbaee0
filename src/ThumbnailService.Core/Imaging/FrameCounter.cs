namespace ThumbnailService.Core.Imaging;

/// <summary>
/// How many frames a source holds, read from its bytes without decoding (the pipeline decodes only the first frame):
/// GIF image descriptors, counted by walking its blocks (linear in the bytes, stops at the trailer or a truncation);
/// an animated PNG's declared frame count (acTL); 1 for everything else.
/// </summary>
internal static class FrameCounter
{
    public static int Count(string format, ReadOnlySpan<byte> data) => format switch
    {
        "gif" => Math.Max(1, CountGifFrames(data)),
        "png" => Math.Max(1, PngFrames(data)),
        _ => 1,
    };

    private static int CountGifFrames(ReadOnlySpan<byte> data)
    {
        const int screenDescriptorEnd = 13;
        if (data.Length < screenDescriptorEnd)
        {
            return 1;
        }

        int at = screenDescriptorEnd + ColourTableBytes(data[10]);
        int frames = 0;
        while (at < data.Length)
        {
            switch (data[at])
            {
                case 0x2C: // image descriptor: 9 bytes, an optional local colour table, the LZW code size, then sub-blocks
                    if (at + 10 > data.Length)
                    {
                        return frames;
                    }

                    frames++;
                    at = SkipSubBlocks(data, at + 10 + ColourTableBytes(data[at + 9]) + 1);
                    break;
                case 0x21: // extension: its label, then sub-blocks
                    at = SkipSubBlocks(data, at + 2);
                    break;
                default: // 0x3B trailer, or bytes that are not GIF blocks
                    return frames;
            }
        }

        return frames;
    }

    private static int ColourTableBytes(byte packed) => (packed & 0x80) == 0 ? 0 : 3 << ((packed & 7) + 1);

    private static int SkipSubBlocks(ReadOnlySpan<byte> data, int at)
    {
        while (at < data.Length && data[at] != 0)
        {
            at += data[at] + 1;
        }

        return at + 1;
    }

    private static int PngFrames(ReadOnlySpan<byte> data)
    {
        for (int at = 8; at + 12 <= data.Length;)
        {
            uint length = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(data[at..]);
            ReadOnlySpan<byte> type = data.Slice(at + 4, 4);
            if (type.SequenceEqual("acTL"u8) && at + 12 <= data.Length)
            {
                uint frames = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(data[(at + 8)..]);
                return frames is > 0 and <= int.MaxValue ? (int)frames : 1;
            }

            if (type.SequenceEqual("IDAT"u8) || length > int.MaxValue - 12 - at)
            {
                return 1; // acTL must come before the image data
            }

            at += (int)length + 12;
        }

        return 1;
    }
}
