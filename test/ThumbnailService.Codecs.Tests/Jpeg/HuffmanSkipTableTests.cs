using ThumbnailService.Codecs.Jpeg;
using Xunit;

namespace ThumbnailService.Codecs.Tests.Jpeg;

public class HuffmanSkipTableTests
{
    // ITU T.81 Annex K.3, table K.5: the luminance AC table most encoders use.
    private static readonly byte[] Counts = [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7D];

    private static readonly byte[] Symbols =
    [
        0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07,
        0x22, 0x71, 0x14, 0x32, 0x81, 0x91, 0xA1, 0x08, 0x23, 0x42, 0xB1, 0xC1, 0x15, 0x52, 0xD1, 0xF0,
        0x24, 0x33, 0x62, 0x72, 0x82, 0x09, 0x0A, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x25, 0x26, 0x27, 0x28,
        0x29, 0x2A, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3A, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49,
        0x4A, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5A, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69,
        0x6A, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89,
        0x8A, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7,
        0xA8, 0xA9, 0xAA, 0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBA, 0xC2, 0xC3, 0xC4, 0xC5,
        0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xD9, 0xDA, 0xE1, 0xE2,
        0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8,
        0xF9, 0xFA,
    ];

    [Fact]
    public void SkipAc_EveryPeekAnyFollowingBits_SameAsDecodingSymbolsOneByOne()
    {
        var table = new HuffmanTable(Counts, Symbols, isAc: true);
        var random = new Random(5);
        int groupsOfTwoOrMore = 0;
        for (int peek = 0; peek < 1 << HuffmanTable.LookupBits; peek++)
        {
            for (int tail = 0; tail < 4; tail++)
            {
                ulong bits = ((ulong)peek << (64 - HuffmanTable.LookupBits)) | ((ulong)random.NextInt64() >> HuffmanTable.LookupBits);
                var (expected, symbols) = OneByOne(table, bits);

                Assert.Equal(expected, table.SkipAc[peek]);
                groupsOfTwoOrMore += symbols >= 2 ? 1 : 0;
            }
        }

        Assert.True(groupsOfTwoOrMore > 1000, $"only {groupsOfTwoOrMore} peeks hold two or more symbols");
    }

    [Fact]
    public void SkipAc_DcTable_Empty()
    {
        Assert.Empty(new HuffmanTable([0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], isAc: false).SkipAc);
    }

    /// <summary>The reference: decode whole symbols from the real bits while they fit in the lookahead window.</summary>
    private static (int Entry, int Symbols) OneByOne(HuffmanTable table, ulong bits)
    {
        int consumed = 0, advance = 0, symbols = 0;
        while (true)
        {
            int decoded;
            try
            {
                decoded = table.Decode(bits << consumed);
            }
            catch (JpegFormatException)
            {
                break;
            }

            int length = decoded >> 8, symbol = decoded & 0xFF, run = symbol >> 4, size = symbol & 15;
            if (consumed + length + size > HuffmanTable.LookupBits || (size == 0 && run is not (0 or 15)))
            {
                break;
            }

            if (symbol == 0x00)
            {
                return ((consumed + length) | (advance << 8) | HuffmanSkipTable.EndsWithEndOfBlock, symbols + 1);
            }

            consumed += length + size;
            advance += size == 0 ? 16 : run + 1;
            symbols++;
        }

        return (symbols == 0 ? 0 : consumed | (advance << 8), symbols);
    }
}
