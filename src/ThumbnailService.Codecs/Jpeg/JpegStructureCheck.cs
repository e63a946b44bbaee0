namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// Walks a whole JPEG before any decoder sees it, ours or ImageSharp's (which reads progressive files at every scale
/// but 1/8, and whatever ours cannot). The marker structure must reach its end-of-image marker (ImageSharp 2.1 decodes
/// a truncated file without complaint, grey rows and all; walking segments skips an EXIF thumbnail's own EOI and
/// tolerates data after EOI), hold one frame, admit every scan to a <see cref="JpegScanBudget"/>, and, in a Huffman
/// frame, give every component a scan that codes each of its blocks, so that the frame's size is paid for in bytes
/// too. EXIF segments (APP1) go to an <see cref="ExifEntryBudget"/>. The tables are read on the way, so that the decoder
/// gets every scan with its tables from this one walk (<see cref="JpegScanList"/>).
/// </summary>
internal static class JpegStructureCheck
{
    private const byte StartOfScan = 0xDA;
    private const byte EndOfImage = 0xD9;
    private const byte App1 = 0xE1;

    /// <summary>Null when the decoders may have the file; otherwise why it is refused. <paramref name="budget"/> is fresh.</summary>
    public static RenderOutcome.Rejected? Check(ReadOnlySpan<byte> data, JpegScanBudget budget) => Check(data, budget, out _);

    /// <summary>
    /// <see cref="Check(ReadOnlySpan{byte}, JpegScanBudget)"/>, and every scan with the tables in effect at its start
    /// (<paramref name="scans"/>, for the decoder: null when refused or when a table segment is malformed, which is
    /// left to ImageSharp as before).
    /// </summary>
    public static RenderOutcome.Rejected? Check(ReadOnlySpan<byte> data, JpegScanBudget budget, out JpegScanList? scans) =>
        Check(data, budget, out scans, metadata: null);

    /// <summary>
    /// <see cref="Check(ReadOnlySpan{byte}, JpegScanBudget, out JpegScanList?)"/>, handing every segment before the first
    /// scan to <paramref name="metadata"/> on the way (what Identify would read), so nothing walks the headers again.
    /// </summary>
    public static RenderOutcome.Rejected? Check(ReadOnlySpan<byte> data, JpegScanBudget budget, out JpegScanList? scans, JpegMetadataSegments? metadata)
    {
        var entries = new List<JpegScanList.Entry>();
        scans = null;
        try
        {
            if (Walk(data, budget, entries, metadata, out bool tablesRead) is { } refused)
            {
                return refused;
            }

            scans = tablesRead ? new JpegScanList(entries[0].Header.Frame, entries) : null;
            return null;
        }
        catch (JpegFormatException exception)
        {
            return new RenderOutcome.Rejected(RejectionReason.Corrupt, "The JPEG marker structure is damaged: " + exception.Message);
        }
    }

    private static RenderOutcome.Rejected? Walk(ReadOnlySpan<byte> data, JpegScanBudget budget, List<JpegScanList.Entry> scans, JpegMetadataSegments? metadata, out bool tablesRead)
    {
        var state = new JpegHeaderState();
        var exif = new ExifEntryBudget();
        JpegFrameInfo? frame = null;
        var paid = new HashSet<int>();
        int position = 2; // after SOI, which the sniffer checked
        tablesRead = true;
        byte marker;
        while (JpegMarkerWalker.Next(data, ref position, out marker, out ReadOnlySpan<byte> segment))
        {
            if (marker != StartOfScan)
            {
                if (scans.Count == 0)
                {
                    metadata?.Accept(marker, segment);
                }

                if (JpegHeaderState.IsFrameMarker(marker))
                {
                    state.Accept(marker, segment); // a second frame throws: hierarchical JPEG is not read
                }
                else if (marker == App1 && segment.StartsWith("Exif\0\0"u8) && exif.Add(segment) is { } tooMany)
                {
                    return tooMany;
                }
                else
                {
                    tablesRead &= TryAccept(state, marker, segment);
                }

                continue;
            }

            JpegHeader scan = state.Finish(segment, position);
            int end = JpegMarkerWalker.EndOfEntropyData(data, position);
            if (budget.Admit(scan, end - position) is { } refused)
            {
                return refused;
            }

            scans.Add(new JpegScanList.Entry(scan, end));
            frame = scan.Frame;
            if (JpegScanBudget.CodesEveryBlock(frame, scan.Band))
            {
                paid.UnionWith(scan.Scan.Select(c => c.FrameIndex));
            }

            position = end;
        }

        if (marker != EndOfImage)
        {
            return new RenderOutcome.Rejected(RejectionReason.Corrupt, "The JPEG data ends before its end-of-image marker (truncated upload?).");
        }

        return frame is null ? new(RejectionReason.Corrupt, "The JPEG has no scan: there is no image data.")
            : !frame.IsHuffmanDct || paid.Count == frame.Components.Count ? null
            : Unpaid(frame, Enumerable.Range(0, frame.Components.Count).First(c => !paid.Contains(c)));
    }

    /// <summary>Tables (DQT, DHT), DRI, JFIF and Adobe segments for the decoder; a malformed one is not the walk's to refuse.</summary>
    private static bool TryAccept(JpegHeaderState state, byte marker, ReadOnlySpan<byte> segment)
    {
        try
        {
            state.Accept(marker, segment);
            return true;
        }
        catch (JpegFormatException)
        {
            return false;
        }
    }

    private static RenderOutcome.Rejected Unpaid(JpegFrameInfo frame, int component) => new(
        RejectionReason.Corrupt,
        $"JPEG component {frame.Components[component].Id} has {(frame.IsProgressive ? "no DC scan" : "no scan")}: the data is incomplete, or built to make a decoder fill a frame from nothing.");
}
