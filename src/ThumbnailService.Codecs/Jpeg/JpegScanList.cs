namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// Every scan of a JPEG in file order, each with the tables in effect at its start and where its entropy-coded data
/// ends, read in one walk that admits each scan to a <see cref="JpegScanBudget"/> before anything decodes it.
/// </summary>
internal sealed record JpegScanList(JpegFrameInfo Frame, IReadOnlyList<JpegScanList.Entry> Scans)
{
    /// <summary>One scan: its header (tables snapshotted) and the end of its entropy-coded data.</summary>
    public sealed record Entry(JpegHeader Header, int DataEnd);

    /// <summary>
    /// Walks <paramref name="data"/> from SOI to EOI (or its end). Malformed headers throw <see cref="JpegFormatException"/>;
    /// a scan the budget refuses throws <see cref="ImageRejectedException"/>.
    /// </summary>
    public static JpegScanList Read(ReadOnlySpan<byte> data, JpegScanBudget budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(budget);
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8)
        {
            throw new JpegFormatException("The data does not start with a JPEG SOI marker.");
        }

        var state = new JpegHeaderState();
        var scans = new List<Entry>();
        int position = 2;
        while (JpegMarkerWalker.Next(data, ref position, out byte marker, out ReadOnlySpan<byte> segment))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (marker != 0xDA)
            {
                state.Accept(marker, segment);
                continue;
            }

            JpegHeader scan = state.Finish(segment, position);
            int end = JpegMarkerWalker.EndOfEntropyData(data, position);
            if (budget.Admit(scan, end - position) is { } refused)
            {
                throw new ImageRejectedException(refused);
            }

            scans.Add(new Entry(scan, end));
            position = end;
        }

        return scans.Count > 0 ? new JpegScanList(scans[0].Header.Frame, scans) : throw new JpegFormatException("The JPEG data has no scan.");
    }
}
