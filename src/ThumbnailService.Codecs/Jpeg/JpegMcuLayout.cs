namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// How a frame's components tile into MCUs (T.81 A.2): the luma-led maximum sampling factors, MCUs per line and MCU
/// rows, each component's block grid (MCU-padded), and where a component's samples sit for a given output pixel
/// (chroma replicated, as ImageSharp 2.1 upsamples). A one-component frame has one block per MCU, whatever its factors.
/// </summary>
internal sealed class JpegMcuLayout
{
    private readonly int[] _horizontal;
    private readonly int[] _vertical;

    public JpegMcuLayout(JpegFrameInfo frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        bool single = frame.Components.Count == 1;
        _horizontal = [.. frame.Components.Select(c => single ? 1 : c.HorizontalSampling)];
        _vertical = [.. frame.Components.Select(c => single ? 1 : c.VerticalSampling)];
        MaxH = _horizontal[0];
        MaxV = _vertical[0];
        McusPerLine = (frame.Width + (8 * MaxH) - 1) / (8 * MaxH);
        McuRows = (frame.Height + (8 * MaxV) - 1) / (8 * MaxV);
    }

    public int MaxH { get; }

    public int MaxV { get; }

    public int McusPerLine { get; }

    public int McuRows { get; }

    public int Horizontal(int component) => _horizontal[component];

    public int Vertical(int component) => _vertical[component];

    /// <summary>Blocks per line of the component's MCU-padded grid.</summary>
    public int BlocksPerLine(int component) => McusPerLine * _horizontal[component];

    /// <summary>Block rows of the component's MCU-padded grid.</summary>
    public int BlockRows(int component) => McuRows * _vertical[component];

    /// <summary>Output pixels per component sample horizontally (1 for luma).</summary>
    public int HorizontalRatio(int component) => MaxH / _horizontal[component];

    /// <summary>The component's sample row for output row <paramref name="row"/> (counted in the same unit).</summary>
    public int SampleRow(int component, int row) => row / (MaxV / _vertical[component]);
}
