using ThumbnailService.Codecs.Jpeg;
using Xunit;

namespace ThumbnailService.Codecs.Tests.Jpeg;

public class JpegBitReaderTests
{
    [Fact]
    public void Refill_PlainBytes_ReturnsThemMostSignificantBitFirst()
    {
        var reader = new JpegBitReader(new byte[] { 0x12, 0x34, 0x56, 0x78, 0x9A, 0xBC }, 0);

        var (bits, count) = reader.Refill(0, 0);

        Assert.True(count >= JpegBitReader.RefillThreshold);
        Assert.Equal(0x12345678u, (uint)(bits >> 32));
    }

    [Fact]
    public void Refill_WithBitsAlreadyHeld_AppendsBelowThem()
    {
        var reader = new JpegBitReader(new byte[] { 0xAB, 0xCD, 0xEF, 0x01, 0x23 }, 0);

        var (bits, count) = reader.Refill(0b101UL << 61, 3);

        Assert.Equal(35, count);
        Assert.Equal((0b101UL << 61) | (0xABCDEF01UL << 29), bits);
    }

    [Fact]
    public void Refill_StuffedFF_YieldsFFAndDropsTheZero()
    {
        byte[] data = [0xAB, 0xFF, 0x00, 0xCD, 0xEF, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06];

        Assert.Equal(new byte[] { 0xAB, 0xFF, 0xCD, 0xEF, 0x01, 0x02, 0x03, 0x04 }, ReadBytes(data, 8));
    }

    [Fact]
    public void Refill_FillBytesBeforeStuffing_AreSkipped()
    {
        byte[] data = [0x11, 0xFF, 0xFF, 0xFF, 0x00, 0x22, 0x33, 0x44, 0x55];

        Assert.Equal(new byte[] { 0x11, 0xFF, 0x22, 0x33, 0x44, 0x55 }, ReadBytes(data, 6));
    }

    [Fact]
    public void Refill_AtMarker_SuppliesZeroBitsForever()
    {
        byte[] data = [0x12, 0x34, 0xFF, 0xD9, 0x56, 0x78, 0x9A, 0xBC, 0xDE];

        Assert.Equal(new byte[] { 0x12, 0x34, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, ReadBytes(data, 12));
    }

    [Fact]
    public void Restart_AfterInterval_SkipsTheRstMarkerAndRealigns()
    {
        byte[] data = [0xF0, 0xFF, 0xD0, 0x5A, 0x6B, 0x7C, 0x8D, 0x9E];
        var reader = new JpegBitReader(data, 0);
        var (bits, count) = reader.Refill(0, 0);
        Assert.Equal(0xF0u, (uint)(bits >> 56)); // the data up to the marker, then padding
        Assert.True(count >= JpegBitReader.RefillThreshold);

        reader.Restart();
        (bits, _) = reader.Refill(reader.Bits, reader.Count);

        Assert.Equal(0x5A6B7C8Du, (uint)(bits >> 32));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Refill_RandomStuffedStream_MatchesByteByByteUnstuffing(int seed)
    {
        var random = new Random(seed);
        var plain = new byte[4000];
        random.NextBytes(plain);
        for (int i = 0; i < plain.Length; i += random.Next(1, 12))
        {
            plain[i] = 0xFF; // many FFs, so both the four-byte and the byte-by-byte path run often
        }

        var stuffed = new List<byte>();
        foreach (byte b in plain)
        {
            stuffed.Add(b);
            if (b == 0xFF)
            {
                stuffed.Add(0x00);
            }
        }

        Assert.Equal(plain, ReadBytes(stuffed.ToArray(), plain.Length, random));
    }

    /// <summary>Reads <paramref name="total"/> whole bytes, taking the bits in chunks of 1 to 16 as a decoder would.</summary>
    private static byte[] ReadBytes(byte[] data, int total, Random? random = null)
    {
        var reader = new JpegBitReader(data, 0);
        ulong bits = 0;
        int count = 0, taken = 0;
        var output = new byte[total];
        int outputBits = 0;
        ulong pending = 0;
        int pendingCount = 0;
        while (taken < total * 8)
        {
            if (count < JpegBitReader.RefillThreshold)
            {
                (bits, count) = reader.Refill(bits, count);
            }

            int size = Math.Min(random?.Next(1, 17) ?? 8, (total * 8) - taken);
            pending = (pending << size) | (bits >> (64 - size));
            pendingCount += size;
            bits <<= size;
            count -= size;
            taken += size;
            while (pendingCount >= 8)
            {
                output[outputBits / 8] = (byte)(pending >> (pendingCount - 8));
                pendingCount -= 8;
                outputBits += 8;
            }
        }

        return output;
    }
}
