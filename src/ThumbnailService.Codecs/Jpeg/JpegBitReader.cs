using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// Reads entropy-coded bits MSB first, removing stuffed zero bytes (FF 00) and skipping fill bytes (FF FF).
/// At a marker (or the end of the data) it stops consuming and supplies zero bits, as libjpeg does; the caller's
/// MCU count bounds the work. <see cref="Restart"/> skips an RSTn marker and realigns to a byte.
/// Hot loops copy <see cref="Bits"/> and <see cref="Count"/> into locals (registers), refill them with
/// <see cref="Refill"/> and store them back: a field behind a <c>ref</c> costs a memory round trip per symbol.
/// </summary>
internal ref struct JpegBitReader
{
    /// <summary>At least this many bits are available after <see cref="Refill"/>: a code (16) plus its magnitude (15).</summary>
    public const int RefillThreshold = 32;

    private readonly ReadOnlySpan<byte> _data;
    private int _position;
    private bool _atMarker;

    public JpegBitReader(ReadOnlySpan<byte> data, int position)
    {
        _data = data;
        _position = position;
    }

    /// <summary>Buffered bits, the next one in the most significant position.</summary>
    public ulong Bits { get; set; }

    /// <summary>Valid bits in <see cref="Bits"/>.</summary>
    public int Count { get; set; }

    /// <summary>
    /// Tops up <paramref name="bits"/> (holding <paramref name="count"/> &lt; 32 bits) to at least 32 bits. Four
    /// bytes at once when none of them is FF (almost always in photo data), otherwise byte by byte.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (ulong Bits, int Count) Refill(ulong bits, int count)
    {
        if (!_atMarker && _position <= _data.Length - 4)
        {
            uint word = BinaryPrimitives.ReadUInt32BigEndian(_data[_position..]);
            uint inverted = ~word; // an FF byte is a zero byte here
            if (((inverted - 0x01010101u) & ~inverted & 0x80808080u) == 0)
            {
                _position += 4;
                return (bits | ((ulong)word << (32 - count)), count + 32);
            }
        }

        return RefillBytes(bits, count);
    }

    /// <summary>At a restart interval's end: drop the padding bits and step over the RSTn marker (scanning past junk if needed).</summary>
    public void Restart()
    {
        Bits = 0;
        Count = 0;
        if (!_atMarker)
        {
            int found = _data[_position..].IndexOf((byte)0xFF);
            _position = found < 0 ? _data.Length : _position + found;
        }

        while (_position + 1 < _data.Length && _data[_position + 1] == 0xFF)
        {
            _position++; // fill bytes before the marker
        }

        if (_position + 1 < _data.Length && _data[_position + 1] is >= 0xD0 and <= 0xD7)
        {
            _position += 2;
            _atMarker = false;
        }
        else
        {
            _atMarker = true; // another marker or the end: the rest decodes as zero bits
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private (ulong Bits, int Count) RefillBytes(ulong bits, int count)
    {
        while (count <= 56)
        {
            bits |= (ulong)NextByte() << (56 - count);
            count += 8;
        }

        return (bits, count);
    }

    private int NextByte()
    {
        if (_atMarker || _position >= _data.Length)
        {
            _atMarker = true;
            return 0;
        }

        byte value = _data[_position];
        if (value != 0xFF)
        {
            _position++;
            return value;
        }

        int next = _position + 1;
        while (next < _data.Length && _data[next] == 0xFF)
        {
            next++;
        }

        if (next < _data.Length && _data[next] == 0)
        {
            _position = next + 1;
            return 0xFF;
        }

        _position = next - 1; // the FF that starts the marker
        _atMarker = true;
        return 0;
    }
}
