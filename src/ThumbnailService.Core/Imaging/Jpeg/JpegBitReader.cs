namespace ThumbnailService.Core.Imaging.Jpeg;

/// <summary>
/// Reads entropy-coded bits MSB first, removing stuffed zero bytes (FF 00) and skipping fill bytes (FF FF).
/// At a marker (or the end of the data) it stops consuming and supplies zero bits, as libjpeg does; the caller's
/// MCU count bounds the work. <see cref="Restart"/> skips an RSTn marker and realigns to a byte.
/// </summary>
internal ref struct JpegBitReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;
    private ulong _bits;      // next bit in the most significant position
    private int _count;       // valid bits in _bits
    private bool _atMarker;

    public JpegBitReader(ReadOnlySpan<byte> data, int position)
    {
        _data = data;
        _position = position;
    }

    /// <summary>Makes at least 57 bits available (real or padding), so one call covers a code plus its magnitude bits.</summary>
    public void EnsureBits()
    {
        if (_count < 32)
        {
            Fill();
        }
    }

    public readonly int Peek(int count) => (int)(_bits >> (64 - count));

    public void Skip(int count)
    {
        _bits <<= count;
        _count -= count;
    }

    /// <summary>Reads <paramref name="count"/> (0..16) bits as an unsigned number.</summary>
    public int Read(int count)
    {
        if (count == 0)
        {
            return 0;
        }

        int value = Peek(count);
        Skip(count);
        return value;
    }

    /// <summary>At a restart interval's end: drop the padding bits and step over the RSTn marker (scanning past junk if needed).</summary>
    public void Restart()
    {
        _bits = 0;
        _count = 0;
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

    private void Fill()
    {
        while (_count <= 56)
        {
            _bits |= (ulong)NextByte() << (56 - _count);
            _count += 8;
        }
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
